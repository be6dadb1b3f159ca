import { failureOf, invalidArguments, run } from './intrinsic-test-kit';

describe('States.JsonMerge', () => {
  it.each`
    left                                              | right                                         | result
    ${{ x: 1 }}                                       | ${{ y: 2 }}                                   | ${{ x: 1, y: 2 }}
    ${{ a: { a1: 1, a2: 2 }, b: 2, d: 3 }}            | ${{ a: { a3: 1, a4: 2 }, c: 3, d: 4 }}        | ${{ a: { a3: 1, a4: 2 }, b: 2, c: 3, d: 4 }}
    ${{}}                                             | ${{ x: 1 }}                                   | ${{ x: 1 }}
    ${{ list: [1, 2] }}                               | ${{ list: [3] }}                              | ${{ list: [3] }}
    ${{ nested: { left: true }, keep: 1 }}            | ${{ nested: null }}                           | ${{ nested: null, keep: 1 }}
  `('merges $left with $right', ({ left, right, result }) => {
    expect(run('States.JsonMerge($.left, $.right, false)', { left, right })).toEqual(result);
  });

  it('merges shallowly when the deep flag is not a boolean', () => {
    expect(run('States.JsonMerge($.a, $.b, $.deep)', { a: { x: { y: 1 } }, b: { x: { z: 2 } }, deep: 'false' })).toEqual({ x: { z: 2 } });
  });

  it('keeps a __proto__ key as data', () => {
    const merged = run('States.JsonMerge($.a, $.b, false)', JSON.parse('{"a":{"__proto__":{"polluted":true}},"b":{"x":1}}'));
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.keys(merged as object)).toEqual(['__proto__', 'x']);
  });

  it.each`
    expression                                          | input
    ${'States.JsonMerge($.a, $.b, true)'}               | ${{ a: {}, b: {} }}
    ${'States.JsonMerge($.a, $.b, false)'}              | ${{ a: null, b: {} }}
    ${'States.JsonMerge($.a, $.b, false)'}              | ${{ a: {}, b: null }}
    ${'States.JsonMerge($.a, $.b, false)'}              | ${{ a: [], b: {} }}
    ${'States.JsonMerge($.a, $.b, false)'}              | ${{ a: {}, b: 'x' }}
    ${'States.JsonMerge($.a, $.b)'}                     | ${{ a: {}, b: {} }}
    ${'States.JsonMerge($.a, $.b, false, $.a)'}         | ${{ a: {}, b: {} }}
    ${'States.JsonMerge()'}                             | ${{}}
  `('rejects $expression with $input', ({ expression, input }) => {
    expect(failureOf(expression, input)).toEqual(invalidArguments(expression));
  });
});
