import { javaRandomNextDouble } from './java-random';

describe('javaRandomNextDouble', () => {
  it.each`
    seed                    | value
    ${42n}                  | ${0.7275636800328681}
    ${0n}                   | ${0.730967787376657}
    ${7n}                   | ${0.7306990420600421}
    ${-1n}                  | ${0.26894263088050496}
  `('is new java.util.Random($seed).nextDouble()', ({ seed, value }) => {
    expect(javaRandomNextDouble(seed)).toBe(value);
  });

  it('uses only the low 48 bits of the seed, as Java does', () => {
    expect(javaRandomNextDouble(2n ** 63n - 1n)).toBe(javaRandomNextDouble(-1n));
  });
});
