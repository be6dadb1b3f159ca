import { StatesFault } from '../../errors/states-error';
import { seededEntropy } from '../../runtime/entropy';
import { evaluateExpression } from '../evaluate-expression';

const evaluate = (expression: string) =>
  evaluateExpression(expression, { states: { input: {}, context: {} }, variables: {} }, { entropy: seededEntropy(1), now: 0 });

const causeOf = (expression: string) =>
  evaluate(expression).then(
    () => undefined,
    (e: StatesFault) => e.statesError.cause,
  );

describe('$partition', () => {
  it.each`
    array           | size | chunks
    ${'[0]'}        | ${1} | ${[[0]]}
    ${'[0]'}        | ${5} | ${[[0]]}
    ${'[0, 1]'}     | ${1} | ${[[0], [1]]}
    ${'[0, 1, 2]'}  | ${2} | ${[[0, 1], [2]]}
    ${'[0, 1, 2, 3]'} | ${3} | ${[[0, 1, 2], [3]]}
    ${'[0, 1, 2, 3]'} | ${4} | ${[[0, 1, 2, 3]]}
    ${'[1,2,3,4,5]'} | ${2.9} | ${[[1, 2], [3, 4], [5]]}
  `('splits $array by $size as AWS does', async ({ array, size, chunks }) => {
    await expect(evaluate(`$partition(${array}, ${size})`)).resolves.toEqual(chunks);
  });

  it('gives the whole array as one chunk when no size is given', async () => {
    await expect(evaluate('$partition([1, 2, 3])')).resolves.toEqual([[1, 2, 3]]);
  });

  it.each(['$partition([], 2)', '$partition([1, 2], 0)', '$partition([1, 2], -0.5)', '$partition($nothing, 2)'])(
    '%s returns nothing',
    async (expression) => {
      await expect(evaluate(expression)).resolves.toBeUndefined();
    },
  );

  it.each`
    expression                        | cause
    ${'$partition([1, 2], -2)'}       | ${'D3137: Second argument must be zero or greater'}
    ${'$partition(null, 2)'}          | ${'T0412: Argument 1 of function "partition" must be an array of undefined'}
    ${"$partition([1], 'a')"}         | ${'T0410: Argument 2 of function "partition" does not match function signature'}
    ${'$partition([1], 1, 1)'}        | ${'T0410: Argument 3 of function "partition" does not match function signature'}
  `('fails $expression', async ({ expression, cause }) => {
    await expect(causeOf(expression)).resolves.toBe(`The JSONata expression '${expression}' threw an error during evaluation. ${cause}`);
  });
});
