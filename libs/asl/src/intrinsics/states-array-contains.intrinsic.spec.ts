import { failureOf, invalidArguments, run } from './intrinsic-test-kit';

describe('States.ArrayContains', () => {
  // AWS compares Java string renderings: these rows are AWS recordings, including the surprising ones.
  it.each`
    array                                         | value                      | result
    ${[1, 2, 3]}                                  | ${2}                       | ${true}
    ${[1, 2, 3]}                                  | ${5}                       | ${false}
    ${[]}                                         | ${null}                    | ${false}
    ${[]}                                         | ${[]}                      | ${false}
    ${[1, null, 3]}                               | ${null}                    | ${true}
    ${[[1, 2, 3], 2]}                             | ${null}                    | ${false}
    ${[[1, 2, 3], 2]}                             | ${[1, 2, 3]}               | ${true}
    ${[{ 1: 2, 2: [] }]}                          | ${[]}                      | ${false}
    ${[{ 1: 2, 2: [] }]}                          | ${{ 1: 2, 2: [] }}         | ${true}
    ${[{ a: 1, b: 2 }]}                           | ${{ b: 2, a: 1 }}          | ${false}
    ${[{ a: 1 }]}                                 | ${{ a: 1, extra: null }}   | ${false}
    ${[true, false]}                              | ${false}                   | ${true}
    ${[0, 1, -1, -1.5]}                           | ${false}                   | ${false}
    ${['true', 'false', 'maybe']}                 | ${true}                    | ${true}
    ${['-1', '9007199254740991']}                 | ${9007199254740991}        | ${true}
    ${[null, '', ' ', 0, 1, true, false, [0, 1, false]]} | ${[0, 1, false]}    | ${true}
  `('$array contains $value: $result', ({ array, value, result }) => {
    expect(run('States.ArrayContains($.array, $.value)', { array, value })).toBe(result);
  });

  it.each`
    expression                                   | input
    ${"States.ArrayContains('not-array', 'x')"}  | ${{}}
    ${'States.ArrayContains($.arr)'}             | ${{ arr: [1] }}
    ${'States.ArrayContains($.arr, 2, 999)'}     | ${{ arr: [1] }}
  `('rejects $expression', ({ expression, input }) => {
    expect(failureOf(expression, input)).toEqual(invalidArguments(expression));
  });
});
