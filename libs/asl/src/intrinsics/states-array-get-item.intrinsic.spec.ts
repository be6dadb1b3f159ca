import { failureOf, invalidArguments, run } from './intrinsic-test-kit';

describe('States.ArrayGetItem', () => {
  it.each`
    array                         | index    | result
    ${['a', 'b', 'c']}            | ${0}     | ${'a'}
    ${[1, 2, 3, 4, 5, 6, 7, 8, 9]} | ${5}    | ${6}
    ${[null]}                     | ${0}     | ${null}
    ${[{ a: 1 }, { b: 2 }]}       | ${1}     | ${{ b: 2 }}
    ${[10, 20, 30]}               | ${1.2}   | ${20}
    ${[10, 20, 30]}               | ${2.9}   | ${30}
    ${[]}                         | ${999}   | ${null}
    ${[]}                         | ${0}     | ${null}
  `('item $index of $array is $result', ({ array, index, result }) => {
    expect(run('States.ArrayGetItem($.array, $.index)', { array, index })).toEqual(result);
  });

  it.each`
    expression                                    | input
    ${'States.ArrayGetItem($.arr, 3)'}            | ${{ arr: [10, 20, 30] }}
    ${'States.ArrayGetItem($.arr, -1)'}           | ${{ arr: [10, 20, 30] }}
    ${"States.ArrayGetItem($.arr, '1')"}          | ${{ arr: [10, 20, 30] }}
    ${'States.ArrayGetItem($.arr, null)'}         | ${{ arr: [10, 20, 30] }}
    ${"States.ArrayGetItem('not-array', 0)"}      | ${{}}
    ${'States.ArrayGetItem($.arr)'}               | ${{ arr: [1] }}
    ${'States.ArrayGetItem($.arr, 1, 999)'}       | ${{ arr: [1, 2] }}
  `('rejects $expression', ({ expression, input }) => {
    expect(failureOf(expression, input)).toEqual(invalidArguments(expression));
  });
});
