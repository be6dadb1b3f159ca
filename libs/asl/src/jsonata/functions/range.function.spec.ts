import { StatesFault } from '../../errors/states-error';
import { seededEntropy } from '../../runtime/entropy';
import { evaluateExpression } from '../evaluate-expression';

const evaluate = (expression: string) =>
  evaluateExpression(expression, { states: { input: {}, context: {} }, variables: {} }, { entropy: seededEntropy(1), now: 0 });

describe('$range', () => {
  it.each`
    args              | values
    ${'0, 9, 3'}      | ${[0, 3, 6, 9]}
    ${'0, 10, 3'}     | ${[0, 3, 6, 9]}
    ${'1, 9, 2'}      | ${[1, 3, 5, 7, 9]}
    ${'10, 0, -2'}    | ${[10, 8, 6, 4, 2, 0]}
    ${'-1.7, 2, 1'}   | ${[-1, 0, 1, 2]}
    ${'5, 1, -1.5'}   | ${[5, 4, 3, 2, 1]}
  `('$range($args) is $values', async ({ args, values }) => {
    await expect(evaluate(`$range(${args})`)).resolves.toEqual(values);
  });

  it('gives a single value, not an array, for a range of one (as AWS records)', async () => {
    await expect(evaluate('$range(1, 9, 9)')).resolves.toBe(1);
    await expect(evaluate('$range(3, 3, 1)')).resolves.toBe(3);
  });

  it.each(['$range(5, 1, 1)', '$range(1, 5, -1)', '$range(1, 5, 0)', '$range(1, 5)'])('%s returns nothing', async (expression) => {
    await expect(evaluate(expression)).resolves.toBeUndefined();
  });

  it('fails a missing or non-numeric bound with a signature mismatch', async () => {
    await expect(evaluate('$range(1)')).rejects.toMatchObject({
      statesError: { cause: expect.stringMatching(/T0410: Argument 2 of function "range" does not match function signature$/) },
    });
    await expect(evaluate("$range('a', 2, 1)")).rejects.toBeInstanceOf(StatesFault);
  });

  it('fails a range larger than an expression may build, before building it', async () => {
    await expect(evaluate('$range(0, 1e15, 1)')).rejects.toMatchObject({
      statesError: { cause: expect.stringMatching(/: Expression evaluation memory limit exceeded$/) },
    });
  });
});
