import { failureOf, invalidArguments, run } from './intrinsic-test-kit';

describe('States.JsonToString', () => {
  it.each`
    value                                             | text
    ${null}                                           | ${'null'}
    ${0}                                              | ${'0'}
    ${1.1}                                            | ${'1.1'}
    ${true}                                           | ${'true'}
    ${'HelloWorld'}                                   | ${'"HelloWorld"'}
    ${[1, 2, 'HelloWorld']}                           | ${'[1,2,"HelloWorld"]'}
    ${{ Arg1: 1, Arg2: [] }}                          | ${'{"Arg1":1,"Arg2":[]}'}
    ${{ nested: { a: 1 }, arr: [true, null] }}        | ${'{"nested":{"a":1},"arr":[true,null]}'}
    ${[-1, 3.5, -9007199254740991]}                   | ${'[-1,3.5,-9007199254740991]'}
  `('serializes $value as $text', ({ value, text }) => {
    expect(run('States.JsonToString($.value)', { value })).toBe(text);
  });

  it('serializes literals and nested results', () => {
    expect(run("States.JsonToString('x')")).toBe('"x"');
    expect(run('States.JsonToString(States.Array($.a, $.b))', { a: 1, b: 2 })).toBe('[1,2]');
  });

  it.each`
    expression                              | input
    ${'States.JsonToString()'}              | ${{}}
    ${'States.JsonToString($.a, $.b)'}      | ${{ a: { x: 1 }, b: 'unused' }}
  `('rejects $expression as AWS does', ({ expression, input }) => {
    expect(failureOf(expression, input)).toEqual(invalidArguments(expression, 'only a single argument is allowed.'));
  });
});
