import type { Entropy } from '../../runtime/entropy';
import { evaluateExpression } from '../evaluate-expression';

const entropy: Entropy = { random: () => 0.25, uuid: () => '00000000-0000-4000-8000-000000000000' };
const evaluate = (expression: string) =>
  evaluateExpression(expression, { states: { input: {}, context: {} }, variables: {} }, { entropy, now: 0 });

describe('$random', () => {
  it('draws from the injected Entropy without a seed', async () => {
    await expect(evaluate('$random()')).resolves.toBe(0.25);
  });

  it.each`
    seed    | value
    ${42}   | ${0.7275636800328681}
    ${0}    | ${0.730967787376657}
    ${7}    | ${0.7306990420600421}
    ${0.9}  | ${0.730967787376657}
    ${-0.9} | ${0.730967787376657}
  `('is java.util.Random for seed $seed, as on AWS', async ({ seed, value }) => {
    await expect(evaluate(`$random(${seed})`)).resolves.toBe(value);
  });

  it('fails a seed that is not a number, or a surplus argument', async () => {
    await expect(evaluate("$random('a')")).rejects.toMatchObject({ statesError: { cause: expect.stringMatching(/T0410: Argument 1 of function "random"/) } });
    await expect(evaluate('$random(1, 2)')).rejects.toMatchObject({ statesError: { cause: expect.stringMatching(/T0410: Argument 2 of function "random"/) } });
  });
});
