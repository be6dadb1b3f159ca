import { seededEntropy } from '../../runtime/entropy';
import { evaluateExpression } from '../evaluate-expression';

const evaluate = (expression: string, seed = 3) =>
  evaluateExpression(expression, { states: { input: {}, context: {} }, variables: {} }, { entropy: seededEntropy(seed), now: 0 });

describe('$uuid', () => {
  it('draws version-4 UUIDs from the injected Entropy, reproducibly', async () => {
    const [first, second] = (await evaluate('[$uuid(), $uuid()]')) as string[];
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second).not.toBe(first);
    await expect(evaluate('[$uuid(), $uuid()]')).resolves.toEqual([first, second]);
    await expect(evaluate('$uuid()', 4)).resolves.not.toBe(first);
  });

  it('takes no argument', async () => {
    await expect(evaluate("$uuid('seed')")).rejects.toMatchObject({
      statesError: { cause: expect.stringMatching(/T0410: Argument 1 of function "uuid" does not match function signature$/) },
    });
  });
});
