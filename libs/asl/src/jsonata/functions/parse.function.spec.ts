import { seededEntropy } from '../../runtime/entropy';
import { evaluateExpression } from '../evaluate-expression';

const evaluate = (expression: string, input: unknown = {}) =>
  evaluateExpression(
    expression,
    { states: { input: input as never, context: {} }, variables: {} },
    { entropy: seededEntropy(1), now: 0 },
  );

describe('$parse', () => {
  it.each`
    text                                | value
    ${'-0'}                             | ${0}
    ${'1.1'}                            | ${1.1}
    ${'true'}                           | ${true}
    ${'"HelloWorld"'}                   | ${'HelloWorld'}
    ${'[1, 2, "HelloWorld"]'}           | ${[1, 2, 'HelloWorld']}
    ${'{"Arg1": 1, "Arg2": []}'}        | ${{ Arg1: 1, Arg2: [] }}
    ${'{"a": {"a": 1}, "b": [{"a": 2}]}'} | ${{ a: { a: 1 }, b: [{ a: 2 }] }}
  `('parses $text', async ({ text, value }) => {
    await expect(evaluate('$parse($states.input.text)', { text })).resolves.toEqual(value);
  });

  it('parses null as a value', async () => {
    await expect(evaluate("$exists($parse('null'))")).resolves.toBe(true);
  });

  it('returns nothing without an argument', async () => {
    await expect(evaluate('$parse()')).resolves.toBeUndefined();
  });

  it.each(['', '  ', 'not json', '{"a":1}{"b":2}', '{"a":1,"a":2}', '[{"k":1,"k":2}]', '1e400'])(
    'refuses %p as AWS does',
    async (text) => {
      await expect(evaluate('$parse($states.input.text)', { text })).rejects.toMatchObject({
        statesError: { cause: expect.stringMatching(/\. D3137: Invalid JSON$/) },
      });
    },
  );

  it('fails a value that is not a string', async () => {
    await expect(evaluate('$parse(null)')).rejects.toMatchObject({
      statesError: { cause: expect.stringMatching(/T0410: Argument 1 of function "parse" does not match function signature$/) },
    });
  });
});
