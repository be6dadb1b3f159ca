import { failureOf, invalidArguments, run } from './intrinsic-test-kit';

describe('States.ArrayPartition', () => {
  it.each`
    array                              | size            | result
    ${[]}                              | ${1}            | ${[]}
    ${[0]}                             | ${5}            | ${[[0]]}
    ${[0, 1, 2]}                       | ${1}            | ${[[0], [1], [2]]}
    ${[0, 1, 2, 3]}                    | ${3}            | ${[[0, 1, 2], [3]]}
    ${[1, 2, 3, 4, 5, 6, 7, 8, 9]}     | ${4}            | ${[[1, 2, 3, 4], [5, 6, 7, 8], [9]]}
    ${[[1], [2], [3]]}                 | ${2}            | ${[[[1], [2]], [[3]]]}
    ${[1, 2, 3, 4, 5]}                 | ${2.6}          | ${[[1, 2], [3, 4], [5]]}
    ${[1, 2, 3, 4, 5]}                 | ${2.4}          | ${[[1, 2], [3, 4], [5]]}
    ${[1, 2, 3]}                       | ${2147483647}   | ${[[1, 2, 3]]}
  `('$array in chunks of $size is $result', ({ array, size, result }) => {
    expect(run('States.ArrayPartition($.array, $.size)', { array, size })).toEqual(result);
  });

  it.each`
    expression                                        | input
    ${'States.ArrayPartition($.arr, 0)'}              | ${{ arr: [1, 2, 3] }}
    ${'States.ArrayPartition($.arr, -1)'}             | ${{ arr: [1, 2, 3] }}
    ${'States.ArrayPartition($.arr, 0.6)'}            | ${{ arr: [1, 2, 3] }}
    ${'States.ArrayPartition($.arr, -0.4)'}           | ${{ arr: [1, 2, 3] }}
    ${"States.ArrayPartition($.arr, '2')"}            | ${{ arr: [1, 2, 3] }}
    ${'States.ArrayPartition($.arr, null)'}           | ${{ arr: [1, 2, 3] }}
    ${"States.ArrayPartition('not-array', 2)"}        | ${{}}
    ${'States.ArrayPartition($.arr)'}                 | ${{ arr: [1, 2, 3] }}
    ${'States.ArrayPartition($.arr, 2, 999)'}         | ${{ arr: [1, 2, 3] }}
  `('rejects $expression', ({ expression, input }) => {
    expect(failureOf(expression, input)).toEqual(invalidArguments(expression));
  });
});
