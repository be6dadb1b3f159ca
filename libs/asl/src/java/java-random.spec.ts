import { JavaRandom } from './java-random';

describe(JavaRandom.name, () => {
  // Expected values printed by java.util.Random.
  it.each`
    seed            | bound           | value
    ${42n}          | ${10}           | ${0}
    ${42n}          | ${100}          | ${30}
    ${0n}           | ${10}           | ${0}
    ${-10n}         | ${9}            | ${0}
    ${1n}           | ${16}           | ${11}
    ${1n}           | ${1000}         | ${985}
    ${2n}           | ${1000}         | ${108}
    ${7n}           | ${7}            | ${3}
    ${123456789n}   | ${2147483647}   | ${1426010965}
  `('new Random($seed).nextInt($bound) is $value', ({ seed, bound, value }) => {
    expect(new JavaRandom(seed).nextInt(bound)).toBe(value);
  });
});

describe('JavaRandom.nextDouble', () => {
  it.each`
    seed   | value
    ${42n} | ${0.7275636800328681}
    ${0n}  | ${0.730967787376657}
    ${7n}  | ${0.7306990420600421}
    ${-1n} | ${0.26894263088050496}
  `('is new java.util.Random($seed).nextDouble()', ({ seed, value }) => {
    expect(new JavaRandom(seed).nextDouble()).toBe(value);
  });

  it('uses only the low 48 bits of the seed, as Java does', () => {
    expect(new JavaRandom(2n ** 63n - 1n).nextDouble()).toBe(new JavaRandom(-1n).nextDouble());
  });
});
