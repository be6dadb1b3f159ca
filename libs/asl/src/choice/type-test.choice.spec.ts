import type { Json } from '../json';
import { seededEntropy } from '../runtime/entropy';
import type { EvalScope } from '../runtime/eval-scope';
import { evaluateChoiceRule } from './choice-rule.choice';

const scopeOf = (input: Json): EvalScope => ({ input, context: {}, variables: {}, entropy: seededEntropy(1) });

/** One value of each JSON shape, and which Is* operators hold for it. */
const samples: { value: Json; holds: string[] }[] = [
  { value: null, holds: ['IsNull'] },
  { value: 0, holds: ['IsNumeric'] },
  { value: 1.1, holds: ['IsNumeric'] },
  { value: -3, holds: ['IsNumeric'] },
  { value: '', holds: ['IsString'] },
  { value: '42', holds: ['IsString'] },
  { value: '2012-10-09T19:00:55', holds: ['IsString'] },
  { value: '2012-10-09T19:00:55Z', holds: ['IsString', 'IsTimestamp'] },
  { value: '2012-10-09T19:00:55.123+01:00', holds: ['IsString', 'IsTimestamp'] },
  { value: '2023-02-24', holds: ['IsString'] },
  { value: true, holds: ['IsBoolean'] },
  { value: false, holds: ['IsBoolean'] },
  { value: [], holds: [] },
  { value: [''], holds: [] },
  { value: {}, holds: [] },
  { value: { A: 0 }, holds: [] },
];
const operators = ['IsNull', 'IsNumeric', 'IsString', 'IsBoolean', 'IsTimestamp'];

describe('type test operators', () => {
  const rows = samples.flatMap(({ value, holds }) =>
    operators.flatMap((operator) => [
      { operator, value, expected: true, result: holds.includes(operator) },
      { operator, value, expected: false, result: !holds.includes(operator) },
    ]),
  );

  it.each(rows)('$operator: $expected on $value is $result', ({ operator, value, expected, result }) => {
    expect(evaluateChoiceRule({ Variable: '$.value', [operator]: expected }, scopeOf({ value }))).toBe(result);
  });

  it.each(operators)('%s fails with States.Runtime when the Variable path selects nothing', (operator) => {
    expect(() => evaluateChoiceRule({ Variable: '$.missing', [operator]: false }, scopeOf({}))).toThrow(
      "Invalid path '$.missing': The choice state's condition path references an invalid value.",
    );
  });
});

describe('IsPresent', () => {
  it.each`
    input                  | path              | expected | result
    ${{ value: null }}     | ${'$.value'}      | ${true}  | ${true}
    ${{ value: null }}     | ${'$.value'}      | ${false} | ${false}
    ${{ value: false }}    | ${'$.value'}      | ${true}  | ${true}
    ${{ value: {} }}       | ${'$.value'}      | ${false} | ${false}
    ${{}}                  | ${'$.value'}      | ${true}  | ${false}
    ${{}}                  | ${'$.value'}      | ${false} | ${true}
    ${{ value: [1] }}      | ${'$.value[1]'}   | ${true}  | ${false}
    ${{ value: 'a' }}      | ${'$.value.deep'} | ${false} | ${true}
    ${{}}                  | ${'$'}            | ${true}  | ${true}
  `('$expected on $path of $input is $result', ({ input, path, expected, result }) => {
    expect(evaluateChoiceRule({ Variable: path, IsPresent: expected }, scopeOf(input))).toBe(result);
  });

  it('reads workflow variables, and an undeclared variable is not present', () => {
    const scope: EvalScope = { input: {}, context: {}, variables: { flag: 1 }, entropy: seededEntropy(1) };
    expect(evaluateChoiceRule({ Variable: '$flag', IsPresent: true }, scope)).toBe(true);
    expect(evaluateChoiceRule({ Variable: '$other', IsPresent: true }, scope)).toBe(false);
  });
});
