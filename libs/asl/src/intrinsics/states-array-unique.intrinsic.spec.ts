import { failureOf, invalidArguments, run } from './intrinsic-test-kit';

describe('States.ArrayUnique', () => {
  // The order is Java HashSet iteration order, as AWS returns it.
  it.each`
    array                                        | result
    ${[]}                                        | ${[]}
    ${[1, 2, 3, 3, 3, 4]}                        | ${[1, 2, 3, 4]}
    ${[1, 2, 2, 3, 3, 4]}                        | ${[1, 2, 3, 4]}
    ${['a', 'b', 'a', 'c', 'b']}                 | ${['a', 'b', 'c']}
    ${[true, false, true, false]}                | ${[false, true]}
    ${[null, null, 1, null]}                     | ${[null, 1]}
    ${[1, '1', 1, '01']}                         | ${[1, '1', '01']}
    ${[{ a: 1 }, { a: 1 }]}                      | ${[{ a: 1 }]}
    ${[{ a: 1, b: 2 }, { b: 2, a: 1 }]}          | ${[{ a: 1, b: 2 }]}
    ${[[1, 2], [1, 2], [2, 1]]}                  | ${[[2, 1], [1, 2]]}
    ${[{ nested: { x: 1 } }, { nested: { x: 1 } }]} | ${[{ nested: { x: 1 } }]}
    ${[16, 1, 0]}                                | ${[16, 0, 1]}
    ${['b', 'a', 'ab', 'ba']}                    | ${['a', 'ab', 'b', 'ba']}
  `('$array gives $result', ({ array, result }) => {
    expect(run('States.ArrayUnique($.array)', { array })).toEqual(result);
  });

  it.each`
    expression                               | input
    ${"States.ArrayUnique('not-array')"}     | ${{}}
    ${'States.ArrayUnique($.obj)'}           | ${{ obj: { a: 1 } }}
    ${'States.ArrayUnique()'}                | ${{}}
    ${'States.ArrayUnique($.arr, $.arr)'}    | ${{ arr: [1] }}
  `('rejects $expression', ({ expression, input }) => {
    expect(failureOf(expression, input)).toEqual(invalidArguments(expression));
  });
});
