import type { Json } from '../json';
import { seededEntropy } from '../runtime/entropy';
import type { EvalScope } from '../runtime/eval-scope';
import { evaluateChoiceRule } from './choice-rule.choice';

const scopeOf = (value: Json, other: Json = null): EvalScope => ({
  input: { value, other },
  context: {},
  variables: {},
  entropy: seededEntropy(1),
});

describe('BooleanEquals', () => {
  it.each`
    value      | operand  | result
    ${true}    | ${true}  | ${true}
    ${false}   | ${false} | ${true}
    ${false}   | ${true}  | ${false}
    ${true}    | ${false} | ${false}
    ${'true'}  | ${true}  | ${false}
    ${1}       | ${true}  | ${false}
    ${0}       | ${false} | ${false}
    ${null}    | ${false} | ${false}
    ${''}      | ${false} | ${false}
    ${[]}      | ${false} | ${false}
    ${{}}      | ${false} | ${false}
  `('$value against $operand is $result', ({ value, operand, result }) => {
    expect(evaluateChoiceRule({ Variable: '$.value', BooleanEquals: operand }, scopeOf(value))).toBe(result);
  });

  it.each`
    value     | other      | result
    ${true}   | ${true}    | ${true}
    ${false}  | ${false}   | ${true}
    ${false}  | ${true}    | ${false}
    ${true}   | ${'true'}  | ${false}
    ${0}      | ${false}   | ${false}
  `('BooleanEqualsPath: $value against the path value $other is $result', ({ value, other, result }) => {
    expect(evaluateChoiceRule({ Variable: '$.value', BooleanEqualsPath: '$.other' }, scopeOf(value, other))).toBe(result);
  });
});
