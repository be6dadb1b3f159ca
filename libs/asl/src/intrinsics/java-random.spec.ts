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
