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

describe('string comparison operators', () => {
  it.each`
    operator                     | value           | operand         | result
    ${'StringEquals'}            | ${'Hello'}      | ${'Hello'}      | ${true}
    ${'StringEquals'}            | ${'Hello'}      | ${'hello'}      | ${false}
    ${'StringEquals'}            | ${' '}          | ${'     '}      | ${false}
    ${'StringEquals'}            | ${'\t\n'}       | ${'\t\r\n'}     | ${false}
    ${'StringEquals'}            | ${1}            | ${'1'}          | ${false}
    ${'StringEquals'}            | ${null}         | ${'null'}       | ${false}
    ${'StringEquals'}            | ${['a']}        | ${'a'}          | ${false}
    ${'StringLessThan'}          | ${'A'}          | ${'AB'}         | ${true}
    ${'StringLessThan'}          | ${''}           | ${''}           | ${false}
    ${'StringLessThan'}          | ${'AB'}         | ${'A'}          | ${false}
    ${'StringLessThan'}          | ${'Z'}          | ${'a'}          | ${true}
    ${'StringLessThan'}          | ${1}            | ${'2'}          | ${false}
    ${'StringGreaterThan'}       | ${'AB'}         | ${'A'}          | ${true}
    ${'StringGreaterThan'}       | ${'A'}          | ${'A '}         | ${false}
    ${'StringGreaterThan'}       | ${'A'}          | ${'A\t\n\r'}    | ${false}
    ${'StringLessThanEquals'}    | ${''}           | ${''}           | ${true}
    ${'StringLessThanEquals'}    | ${'A'}          | ${'AB'}         | ${true}
    ${'StringLessThanEquals'}    | ${'AB'}         | ${'A'}          | ${false}
    ${'StringGreaterThanEquals'} | ${''}           | ${''}           | ${true}
    ${'StringGreaterThanEquals'} | ${'AB'}         | ${'A'}          | ${true}
    ${'StringGreaterThanEquals'} | ${'A'}          | ${'AB'}         | ${false}
    ${'StringGreaterThanEquals'} | ${true}         | ${'A'}          | ${false}
    ${'StringMatches'}           | ${'log-1.txt'}  | ${'log-*.txt'}  | ${true}
    ${'StringMatches'}           | ${'log-1.csv'}  | ${'log-*.txt'}  | ${false}
    ${'StringMatches'}           | ${'a*b'}        | ${'a\\*b'}      | ${true}
    ${'StringMatches'}           | ${'axb'}        | ${'a\\*b'}      | ${false}
    ${'StringMatches'}           | ${'a\\b'}       | ${'a\\\\b'}     | ${true}
    ${'StringMatches'}           | ${'a?c'}        | ${'a?c'}        | ${true}
    ${'StringMatches'}           | ${'abc'}        | ${'a?c'}        | ${false}
    ${'StringMatches'}           | ${12}           | ${'*'}          | ${false}
  `('$operator: $value against $operand is $result', ({ operator, value, operand, result }) => {
    expect(evaluateChoiceRule({ Variable: '$.value', [operator]: operand }, scopeOf(value))).toBe(result);
  });

  it.each`
    operator                         | value    | other    | result
    ${'StringEqualsPath'}            | ${'Hi'}  | ${'Hi'}  | ${true}
    ${'StringEqualsPath'}            | ${'Hi'}  | ${'Ho'}  | ${false}
    ${'StringEqualsPath'}            | ${'1'}   | ${1}     | ${false}
    ${'StringLessThanPath'}          | ${'A'}   | ${'AB'}  | ${true}
    ${'StringGreaterThanPath'}       | ${'AB'}  | ${'A'}   | ${true}
    ${'StringLessThanEqualsPath'}    | ${'AB'}  | ${'A'}   | ${false}
    ${'StringGreaterThanEqualsPath'} | ${''}    | ${''}    | ${true}
  `('$operator: $value against the path value $other is $result', ({ operator, value, other, result }) => {
    expect(evaluateChoiceRule({ Variable: '$.value', [operator]: '$.other' }, scopeOf(value, other))).toBe(result);
  });

  it('has no StringMatchesPath operator', () => {
    expect(() => evaluateChoiceRule({ Variable: '$.value', StringMatchesPath: '$.other' }, scopeOf('a', '*'))).toThrow(
      'The choice rule has no comparison operator',
    );
  });
});
