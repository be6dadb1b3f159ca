import { failureOf, invalidArguments, run } from './intrinsic-test-kit';

describe('States.ArrayRange', () => {
  it.each`
    expression                                  | result
    ${'States.ArrayRange(0, 9, 3)'}             | ${[0, 3, 6, 9]}
    ${'States.ArrayRange(0, 10, 3)'}            | ${[0, 3, 6, 9]}
    ${'States.ArrayRange(1, 9, 9)'}             | ${[1]}
    ${'States.ArrayRange(1, 9, 2)'}             | ${[1, 3, 5, 7, 9]}
    ${'States.ArrayRange(-2, 2, 2)'}            | ${[-2, 0, 2]}
    ${'States.ArrayRange(3, 3, 1)'}             | ${[3]}
    ${'States.ArrayRange(3, 3, -1)'}            | ${[3]}
    ${'States.ArrayRange(5, 1, -2)'}            | ${[5, 3, 1]}
    ${'States.ArrayRange(5, 1, 1)'}             | ${[]}
    ${'States.ArrayRange(1, 5, -1)'}            | ${[]}
    ${'States.ArrayRange(1.4, 5.6, 2.2)'}       | ${[1, 3, 5]}
    ${'States.ArrayRange(1.6, 1.4, 1)'}         | ${[1]}
    ${'States.ArrayRange(5.4, -0.6, -2.4)'}     | ${[5, 3, 1]}
  `('$expression gives $result', ({ expression, result }) => {
    expect(run(expression)).toEqual(result);
  });

  it('allows exactly 1000 items in either direction', () => {
    expect(run('States.ArrayRange(1, 1000, 1)')).toHaveLength(1000);
    expect(run('States.ArrayRange(1000, 1, -1)')).toHaveLength(1000);
  });

  it.each`
    expression
    ${'States.ArrayRange(1, 1001, 1)'}
    ${'States.ArrayRange(1001, 1, -1)'}
    ${'States.ArrayRange(1, 10, 0)'}
    ${'States.ArrayRange(1, 10, 0.49)'}
    ${"States.ArrayRange('a', 5, 1)"}
    ${"States.ArrayRange(1, 'b', 1)"}
    ${'States.ArrayRange(1, 5, null)'}
    ${'States.ArrayRange(1, 5)'}
    ${'States.ArrayRange(1, 5, 1, 99)'}
  `('rejects $expression', ({ expression }) => {
    expect(failureOf(expression)).toEqual(invalidArguments(expression));
  });
});
