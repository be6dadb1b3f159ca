import { failureOf, invalidArguments, run } from './intrinsic-test-kit';

describe('States.ArrayLength', () => {
  it.each`
    expression                                        | input                                   | result
    ${'States.ArrayLength($.arr)'}                    | ${{ arr: [] }}                          | ${0}
    ${'States.ArrayLength($.arr)'}                    | ${{ arr: [[1], [2], [3]] }}             | ${3}
    ${'States.ArrayLength($.arr)'}                    | ${{ arr: [null, null, true, {}, []] }}  | ${5}
    ${'States.ArrayLength(States.Array(1, 2, 3))'}    | ${{}}                                   | ${3}
  `('$expression of $input is $result', ({ expression, input, result }) => {
    expect(run(expression, input)).toBe(result);
  });

  it.each`
    expression                              | input
    ${"States.ArrayLength('not-array')"}    | ${{}}
    ${'States.ArrayLength($.obj)'}          | ${{ obj: { k: 1 } }}
    ${'States.ArrayLength()'}               | ${{}}
    ${'States.ArrayLength($.arr, 999)'}     | ${{ arr: [1] }}
  `('rejects $expression', ({ expression, input }) => {
    expect(failureOf(expression, input)).toEqual(invalidArguments(expression));
  });
});
