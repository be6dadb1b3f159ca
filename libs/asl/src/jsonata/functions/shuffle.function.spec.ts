import { seededEntropy } from '../../runtime/entropy';
import { evaluateExpression } from '../evaluate-expression';

const evaluate = (expression: string, seed: number) =>
  evaluateExpression(expression, { states: { input: {}, context: {} }, variables: {} }, { entropy: seededEntropy(seed), now: 0 });

describe('$shuffle', () => {
  it('permutes with the injected Entropy, so a seed replays the same order', async () => {
    const once = (await evaluate('$shuffle([1,2,3,4,5,6,7,8])', 11)) as number[];
    expect([...once].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    await expect(evaluate('$shuffle([1,2,3,4,5,6,7,8])', 11)).resolves.toEqual(once);
    const orders = await Promise.all([12, 13, 14, 15].map((seed) => evaluate('$shuffle([1,2,3,4,5,6,7,8])', seed)));
    expect(orders.some((order) => JSON.stringify(order) !== JSON.stringify(once))).toBe(true);
  });

  it('keeps jsonata’s results for short and missing arrays', async () => {
    await expect(evaluate('$shuffle([1])', 1)).resolves.toEqual([1]);
    await expect(evaluate('$shuffle($nothing)', 1)).resolves.toBeUndefined();
  });
});
