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

const T55 = '2012-10-09T19:00:55Z';
const T56 = '2012-10-09T19:00:56Z';

describe('timestamp comparison operators', () => {
  it.each`
    operator                        | value                              | operand                            | result
    ${'TimestampEquals'}            | ${T55}                             | ${T55}                             | ${true}
    ${'TimestampEquals'}            | ${T55}                             | ${T56}                             | ${false}
    ${'TimestampEquals'}            | ${'2012-10-09T20:00:55+01:00'}     | ${T55}                             | ${true}
    ${'TimestampEquals'}            | ${'2012-10-09T14:30:55-04:30'}     | ${T55}                             | ${true}
    ${'TimestampEquals'}            | ${'2012-10-09T19:00:55.000Z'}      | ${T55}                             | ${true}
    ${'TimestampEquals'}            | ${'2012-10-09T19:00:55.1Z'}        | ${'2012-10-09T19:00:55.100Z'}      | ${true}
    ${'TimestampEquals'}            | ${'2012-10-09T19:00:55.0001Z'}     | ${T55}                             | ${false}
    ${'TimestampEquals'}            | ${'2012-10-09T19:00:55'}           | ${T55}                             | ${false}
    ${'TimestampEquals'}            | ${'2023-02-24 12:15:56.832957'}    | ${T55}                             | ${false}
    ${'TimestampEquals'}            | ${'2012-10-09'}                    | ${T55}                             | ${false}
    ${'TimestampEquals'}            | ${''}                              | ${T55}                             | ${false}
    ${'TimestampEquals'}            | ${0}                               | ${T55}                             | ${false}
    ${'TimestampEquals'}            | ${null}                            | ${T55}                             | ${false}
    ${'TimestampEquals'}            | ${T55}                             | ${'not a timestamp'}               | ${false}
    ${'TimestampLessThan'}          | ${T55}                             | ${T56}                             | ${true}
    ${'TimestampLessThan'}          | ${T55}                             | ${T55}                             | ${false}
    ${'TimestampLessThan'}          | ${'2012-10-09T19:00:55.999999999Z'} | ${T56}                            | ${true}
    ${'TimestampGreaterThan'}       | ${T56}                             | ${T55}                             | ${true}
    ${'TimestampGreaterThan'}       | ${'2012-10-09T20:00:56+01:00'}     | ${T55}                             | ${true}
    ${'TimestampGreaterThan'}       | ${T55}                             | ${T55}                             | ${false}
    ${'TimestampLessThanEquals'}    | ${T55}                             | ${T55}                             | ${true}
    ${'TimestampLessThanEquals'}    | ${T56}                             | ${T55}                             | ${false}
    ${'TimestampGreaterThanEquals'} | ${T55}                             | ${T55}                             | ${true}
    ${'TimestampGreaterThanEquals'} | ${T55}                             | ${T56}                             | ${false}
  `('$operator: $value against $operand is $result', ({ operator, value, operand, result }) => {
    expect(evaluateChoiceRule({ Variable: '$.value', [operator]: operand }, scopeOf(value))).toBe(result);
  });

  it.each`
    operator                            | value  | other  | result
    ${'TimestampEqualsPath'}            | ${T55} | ${T55} | ${true}
    ${'TimestampEqualsPath'}            | ${T55} | ${T56} | ${false}
    ${'TimestampLessThanPath'}          | ${T56} | ${T55} | ${false}
    ${'TimestampGreaterThanPath'}       | ${T55} | ${T56} | ${false}
    ${'TimestampLessThanEqualsPath'}    | ${T55} | ${T56} | ${true}
    ${'TimestampGreaterThanEqualsPath'} | ${T56} | ${T55} | ${true}
    ${'TimestampEqualsPath'}            | ${T55} | ${0}   | ${false}
  `('$operator: $value against the path value $other is $result', ({ operator, value, other, result }) => {
    expect(evaluateChoiceRule({ Variable: '$.value', [operator]: '$.other' }, scopeOf(value, other))).toBe(result);
  });
});
