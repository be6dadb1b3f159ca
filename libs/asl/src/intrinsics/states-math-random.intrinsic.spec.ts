import type { Entropy } from '../runtime/entropy';
import { evaluateIntrinsic } from './evaluate-intrinsic';
import { failureOf, invalidArguments, run, scopeOf } from './intrinsic-test-kit';

const withRandom = (value: number): Entropy => ({ random: () => value, uuid: () => 'unused' });

describe('States.MathRandom', () => {
  it.each`
    expression                            | random     | result
    ${'States.MathRandom(1, 999)'}        | ${0}       | ${1}
    ${'States.MathRandom(1, 999)'}        | ${0.9999}  | ${998}
    ${'States.MathRandom(-99999, -9999)'} | ${0.5}     | ${-54999}
    ${'States.MathRandom(12.5, 44.51)'}   | ${0}       | ${12}
    ${'States.MathRandom(1.6, 5.4)'}      | ${0.9999}  | ${4}
  `('$expression draws $result from entropy $random', ({ expression, random, result }) => {
    expect(evaluateIntrinsic(expression, { ...scopeOf(), entropy: withRandom(random) })).toBe(result);
  });

  // Seeded draws are `start + new java.util.Random(seed).nextInt(end - start)`; AWS returns -5 for seed 42 over [-5, 5).
  it.each`
    expression                                       | result
    ${'States.MathRandom(-5, 5, 42)'}                | ${-5}
    ${'States.MathRandom(0, 100, 42)'}               | ${30}
    ${'States.MathRandom(1, 1001, 1)'}               | ${986}
    ${'States.MathRandom(0, 9, -10)'}                | ${0}
    ${'States.MathRandom(0, 2147483647, 123456789)'} | ${1426010965}
  `('$expression is $result', ({ expression, result }) => {
    expect(run(expression)).toBe(result);
  });

  it('gives the same number for the same seed and ignores entropy', () => {
    const scope = { ...scopeOf(), entropy: withRandom(0.5) };
    expect(evaluateIntrinsic('States.MathRandom(1, 100, 7)', scope)).toBe(evaluateIntrinsic('States.MathRandom(1, 100, 7)', scope));
  });

  it.each`
    expression
    ${'States.MathRandom(1, 1)'}
    ${'States.MathRandom(10, 5)'}
    ${'States.MathRandom(1.4, 1.6)'}
    ${'States.MathRandom(1.49, 1.49)'}
    ${"States.MathRandom('a', 10)"}
    ${"States.MathRandom(1, 'b')"}
    ${"States.MathRandom(1, 10, 'seed')"}
    ${'States.MathRandom(1, 10, null)'}
    ${'States.MathRandom(null, 10)'}
    ${'States.MathRandom(-2147483648, 2147483647)'}
    ${'States.MathRandom(1)'}
    ${'States.MathRandom(1, 10, 5, 99)'}
  `('rejects $expression', ({ expression }) => {
    expect(failureOf(expression)).toEqual(invalidArguments(expression));
  });
});
