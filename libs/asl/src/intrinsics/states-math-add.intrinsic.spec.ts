import { failureOf, invalidArguments, run } from './intrinsic-test-kit';

describe('States.MathAdd', () => {
  // Each operand is rounded like Java's Math.round before adding (AWS recordings).
  it.each`
    a                 | b                | sum
    ${-9}             | ${3}             | ${-6}
    ${1.49}           | ${1.5}           | ${3}
    ${1.5}            | ${1.51}          | ${4}
    ${-1.49}          | ${-1.5}          | ${-2}
    ${-1.5}           | ${-1.51}         | ${-3}
    ${1.49}           | ${-1.49}         | ${0}
    ${0.5}            | ${0}             | ${1}
    ${2.5}            | ${0}             | ${3}
    ${-0.5}           | ${0.5}           | ${1}
    ${-0.5}           | ${0}             | ${0}
    ${-2.5}           | ${0}             | ${-2}
    ${-3.5}           | ${0}             | ${-3}
    ${0.1}            | ${0.2}           | ${0}
    ${2147483647}     | ${0}             | ${2147483647}
    ${-2147483647}    | ${-1}            | ${-2147483648}
    ${111}            | ${-1}            | ${110}
  `('$a + $b = $sum', ({ a, b, sum }) => {
    expect(run('States.MathAdd($.a, $.b)', { a, b })).toBe(sum);
  });

  it('returns 0, not -0', () => {
    expect(Object.is(run('States.MathAdd(-0.5, 0)'), 0)).toBe(true);
  });

  it.each`
    expression
    ${'States.MathAdd(2147483647, 1)'}
    ${'States.MathAdd(-2147483648, -1)'}
    ${'States.MathAdd(3000000000, 1)'}
    ${'States.MathAdd(-3000000000, 1)'}
    ${"States.MathAdd('a', 1)"}
    ${"States.MathAdd('-1', 2)"}
    ${'States.MathAdd(null, 1)'}
    ${'States.MathAdd(true, 1)'}
    ${'States.MathAdd(1)'}
    ${'States.MathAdd(1, 2, 999)'}
  `('rejects $expression', ({ expression }) => {
    expect(failureOf(expression)).toEqual(invalidArguments(expression));
  });

  it('rejects an array operand', () => {
    expect(failureOf('States.MathAdd(-1, $.probe)', { probe: [1] })).toEqual(invalidArguments('States.MathAdd(-1, $.probe)'));
  });
});
