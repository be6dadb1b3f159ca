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

describe('numeric comparison operators', () => {
  it.each`
    operator                      | value    | operand | result
    ${'NumericEquals'}            | ${0}     | ${0}    | ${true}
    ${'NumericEquals'}            | ${1}     | ${1.0}  | ${true}
    ${'NumericEquals'}            | ${2.22}  | ${2.22} | ${true}
    ${'NumericEquals'}            | ${1.1}   | ${1}    | ${false}
    ${'NumericEquals'}            | ${'42'}  | ${42}   | ${false}
    ${'NumericEquals'}            | ${true}  | ${1}    | ${false}
    ${'NumericEquals'}            | ${false} | ${0}    | ${false}
    ${'NumericEquals'}            | ${null}  | ${0}    | ${false}
    ${'NumericEquals'}            | ${[]}    | ${0}    | ${false}
    ${'NumericEquals'}            | ${{}}    | ${0}    | ${false}
    ${'NumericLessThan'}          | ${0}     | ${1}    | ${true}
    ${'NumericLessThan'}          | ${1}     | ${1}    | ${false}
    ${'NumericLessThan'}          | ${-2.5}  | ${-2}   | ${true}
    ${'NumericGreaterThan'}       | ${1}     | ${0}    | ${true}
    ${'NumericGreaterThan'}       | ${0}     | ${0}    | ${false}
    ${'NumericLessThanEquals'}    | ${1}     | ${1}    | ${true}
    ${'NumericLessThanEquals'}    | ${1}     | ${0}    | ${false}
    ${'NumericGreaterThanEquals'} | ${0}     | ${0}    | ${true}
    ${'NumericGreaterThanEquals'} | ${0}     | ${1}    | ${false}
    ${'NumericGreaterThanEquals'} | ${'5'}   | ${1}    | ${false}
  `('$operator: $value against $operand is $result', ({ operator, value, operand, result }) => {
    expect(evaluateChoiceRule({ Variable: '$.value', [operator]: operand }, scopeOf(value))).toBe(result);
  });

  it.each`
    operator                          | value  | other         | result
    ${'NumericEqualsPath'}            | ${0}   | ${0}          | ${true}
    ${'NumericEqualsPath'}            | ${0}   | ${1}          | ${false}
    ${'NumericEqualsPath'}            | ${8}   | ${'8'}        | ${false}
    ${'NumericLessThanPath'}          | ${0}   | ${1}          | ${true}
    ${'NumericGreaterThanPath'}       | ${1}   | ${0}          | ${true}
    ${'NumericLessThanEqualsPath'}    | ${8}   | ${{ v: 8 }}   | ${false}
    ${'NumericGreaterThanEqualsPath'} | ${1}   | ${1}          | ${true}
  `('$operator: $value against the path value $other is $result', ({ operator, value, other, result }) => {
    expect(evaluateChoiceRule({ Variable: '$.value', [operator]: '$.other' }, scopeOf(value, other))).toBe(result);
  });
});
