import { run } from './intrinsic-test-kit';

describe('States.Array', () => {
  it.each`
    expression                                     | input                                   | result
    ${'States.Array()'}                            | ${{}}                                   | ${[]}
    ${"States.Array(42, true, null, 'hello')"}     | ${{}}                                   | ${[42, true, null, 'hello']}
    ${"States.Array(false, '', 0, null)"}          | ${{}}                                   | ${[false, '', 0, null]}
    ${'States.Array($.a, $.b, $.c)'}               | ${{ a: 1, b: '2', c: true }}            | ${[1, '2', true]}
    ${'States.Array($.obj, $.arr)'}                | ${{ obj: { k: 1 }, arr: [1, 2] }}       | ${[{ k: 1 }, [1, 2]]}
    ${'States.Array($.a, $.a)'}                    | ${{ a: { x: 1 } }}                      | ${[{ x: 1 }, { x: 1 }]}
    ${'States.Array(1, States.Array(2, 3))'}       | ${{}}                                   | ${[1, [2, 3]]}
    ${'States.Array( $.a , $.b )'}                 | ${{ a: 1, b: 2 }}                       | ${[1, 2]}
  `('$expression gives $result', ({ expression, input, result }) => {
    expect(run(expression, input)).toEqual(result);
  });
});
