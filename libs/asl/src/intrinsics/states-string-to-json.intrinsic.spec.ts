import { failureOf, invalidArguments, run } from './intrinsic-test-kit';

describe('States.StringToJson', () => {
  it.each`
    text                              | value
    ${''}                             | ${null}
    ${' '}                            | ${null}
    ${'null'}                         | ${null}
    ${'-0'}                           | ${0}
    ${'1'}                            | ${1}
    ${'1.1'}                          | ${1.1}
    ${'true'}                         | ${true}
    ${'"HelloWorld"'}                 | ${'HelloWorld'}
    ${'[1, 2, "HelloWorld"]'}         | ${[1, 2, 'HelloWorld']}
    ${'{"Arg1": 1, "Arg2": []}'}      | ${{ Arg1: 1, Arg2: [] }}
    ${' {"a":1} '}                    | ${{ a: 1 }}
    ${'{"a":"it\'s"}'}                | ${{ a: "it's" }}
    ${'{"a":1} trailing'}             | ${{ a: 1 }}
    ${'[1,[2]]]'}                     | ${[1, [2]]}
    ${'1 2'}                          | ${1}
  `('parses $text', ({ text, value }) => {
    expect(run('States.StringToJson($.text)', { text })).toEqual(value);
  });

  it('parses -0 nested in a document as 0', () => {
    expect(Object.is((run('States.StringToJson($.text)', { text: '{"a":-0}' }) as { a: number }).a, 0)).toBe(true);
  });

  it('parses a literal argument', () => {
    expect(run('States.StringToJson(\'{"constant_in_literal": "false"}\')')).toEqual({ constant_in_literal: 'false' });
  });

  it.each`
    text
    ${'{bad json}'}
    ${'{"a":1'}
    ${'undefined'}
    ${"{'a':1}"}
  `('fails to parse $text with AWS cause prefix', ({ text }) => {
    const failure = failureOf('States.StringToJson($.text)', { text });
    expect(failure.error).toBe('States.Runtime');
    expect(failure.cause).toMatch(
      /^There was an error while evaluating the intrinsic function: States\.StringToJson\(\$\.text\)\. Cannot convert String to Json in States\.StringToJson, caused by: ./,
    );
  });

  it.each`
    expression                             | input
    ${'States.StringToJson($.json)'}       | ${{ json: 123 }}
    ${'States.StringToJson($.json)'}       | ${{ json: { a: 1 } }}
    ${'States.StringToJson($.json)'}       | ${{ json: [1, 2] }}
    ${'States.StringToJson()'}             | ${{}}
    ${'States.StringToJson($.a, $.b)'}     | ${{ a: '{"x":1}', b: 'unused' }}
  `('rejects $expression with $input', ({ expression, input }) => {
    expect(failureOf(expression, input)).toEqual(invalidArguments(expression));
  });
});
