import { seededEntropy } from '../../runtime/entropy';
import { evaluateExpression } from '../evaluate-expression';

const evaluate = (expression: string) =>
  evaluateExpression(expression, { states: { input: {}, context: {} }, variables: {} }, { entropy: seededEntropy(1), now: 0 });

describe('$hash', () => {
  it.each`
    algorithm    | digest
    ${'MD5'}     | ${'8b1a9953c4611296a827abf8c47804d7'}
    ${'SHA-1'}   | ${'f7ff9e8b7bb2e09b70935a5d785e0cc5d9d0abf0'}
    ${'SHA-256'} | ${'185f8db32271fe25f561a6fc938b2e264306ec304eda518007d1764826381969'}
    ${'SHA-384'} | ${'3519fe5ad2c596efe3e276a6f351b8fc0b03db861782490d45f7598ebd0ab5fd5520ed102f38c4a5ec834e98668035fc'}
    ${'SHA-512'} | ${'3615f80c9d293ed7402687f94b22d58e529b8cc7916f8fac7fddf7fbd5af4cf777d3d795a7a00a16bf7e7f3fb9561ee9baae480da9fe7a18769e71886b03f315'}
  `('hashes with $algorithm', async ({ algorithm, digest }) => {
    await expect(evaluate(`$hash('Hello', '${algorithm}')`)).resolves.toBe(digest);
  });

  it('hashes the UTF-8 bytes', async () => {
    await expect(evaluate("$hash('ñ', 'MD5')")).resolves.toBe('94e9342ecbb1458b6043ecd3bfcbc192');
  });

  it('returns nothing without an algorithm', async () => {
    await expect(evaluate("$hash('a')")).resolves.toBeUndefined();
  });

  it.each`
    expression             | cause
    ${"$hash('a', 'md5')"} | ${"D3137: Hash algorithm 'md5' must be one of SHA-1, SHA-384, SHA-256, SHA-512, MD5"}
    ${"$hash(42, 'MD5')"}  | ${'T0410: Argument 1 of function "hash" does not match function signature'}
    ${"$hash('a', 5)"}     | ${'T0410: Argument 2 of function "hash" does not match function signature'}
  `('fails $expression', async ({ expression, cause }) => {
    await expect(evaluate(expression)).rejects.toMatchObject({
      statesError: { cause: `The JSONata expression '${expression}' threw an error during evaluation. ${cause}` },
    });
  });
});
