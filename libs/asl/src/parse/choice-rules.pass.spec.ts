import type { Json, JsonObject } from '../json';
import { checkChoiceRules } from './choice-rules.pass';
import { validationContext } from './validation-context';

const choice = (choices: Json, top: JsonObject = {}) =>
  checkChoiceRules(
    validationContext({ ...top, StartAt: 'C', States: { C: { Type: 'Choice', Choices: choices, Default: 'D' }, D: { Type: 'Succeed' } } }, 'STANDARD'),
  ).map((d) => [d.message, d.location]);

describe('checkChoiceRules', () => {
  it('accepts rules with one operator each and Next on top-level rules only', () => {
    expect(
      choice([
        { Variable: '$.a', NumericEquals: 1, Next: 'D' },
        { And: [{ Variable: '$.b', IsPresent: true }, { Not: { Variable: '$.c', StringMatches: 'x*' } }], Next: 'D', Assign: { x: 1 } },
        { Variable: '$.t', TimestampEquals: '2012-10-09T19:00:55Z', Next: 'D' },
      ]),
    ).toEqual([]);
  });

  it('refuses an empty Choices list', () => {
    expect(choice([])).toEqual([['Value cannot be empty', '/States/C/Choices']]);
  });

  it('requires Next on a top-level rule and refuses it on a nested one', () => {
    expect(choice([{ Or: [{ Variable: '$.a', IsNull: true, Next: 'D' }] }])).toEqual([
      ['These fields are required: [Next]', '/States/C/Choices[0]'],
      ["Field 'Next' is not supported", '/States/C/Choices[0]/Or[0]'],
    ]);
  });

  it('requires exactly one operator', () => {
    expect(choice([{ Variable: '$.a', NumericEquals: 1, NumericLessThan: 2, Next: 'D' }])).toEqual([
      ['There should only be one of the following fields: [NumericEquals, NumericLessThan]', '/States/C/Choices[0]'],
    ]);
    expect(choice([{ Variable: '$.a', Not: { Variable: '$.b', IsNull: true }, Next: 'D' }])).toEqual([
      ['The object must have only one of the following fields, [And, Or, Not, Variable, Condition]', '/States/C/Choices[0]'],
    ]);
  });

  it('checks operand types', () => {
    expect(choice([{ Variable: '$.a', NumericEquals: '1', Next: 'D' }, { Variable: '$.t', TimestampEquals: 'yesterday', Next: 'D' }])).toEqual([
      ['Expected value of type [NUMBER]', '/States/C/Choices[0]/NumericEquals'],
      ['String does not match RFC3339 timestamp', '/States/C/Choices[1]/TimestampEquals'],
    ]);
  });

  it('takes Condition in JSONata and Variable in JSONPath', () => {
    expect(choice([{ Condition: '{% true %}', Next: 'D' }], { QueryLanguage: 'JSONata' })).toEqual([]);
    expect(choice([{ Variable: '$.a', IsNull: true, Next: 'D' }], { QueryLanguage: 'JSONata' })).toEqual([
      ["The QueryLanguage is set to 'JSONata', but field 'Variable' is only supported for the 'JSONPath' QueryLanguage", '/States/C/Choices[0]'],
      ["The QueryLanguage is set to 'JSONata', but field 'IsNull' is only supported for the 'JSONPath' QueryLanguage", '/States/C/Choices[0]'],
    ]);
    expect(choice([{ Condition: true, Next: 'D' }])).toEqual([
      ["The QueryLanguage is set to 'JSONPath', but field 'Condition' is only supported for the 'JSONata' QueryLanguage", '/States/C/Choices[0]'],
    ]);
  });
});
