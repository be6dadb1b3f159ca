import { choiceRuleLabel, MAX_CHOICE_LABEL_LENGTH } from './choice-rule-label';

describe(choiceRuleLabel.name, () => {
  it.each([
    [{ Variable: '$.age', NumericGreaterThanEquals: 18 }, '$.age >= 18'],
    [{ Variable: '$.kind', StringEquals: 'vip' }, '$.kind == "vip"'],
    [{ Variable: '$.a', NumericLessThanPath: '$.b' }, '$.a < $.b'],
    [{ Variable: '$.name', StringMatches: 'log-*' }, '$.name matches "log-*"'],
    [{ Variable: '$.x', IsPresent: false }, '$.x is not present'],
    [{ Not: { Variable: '$.ok', BooleanEquals: true } }, 'not $.ok == true'],
    [{ And: [{ Variable: '$.a', NumericEquals: 1 }, { Or: [{ Variable: '$.b', IsNull: true }, { Variable: '$.c', BooleanEquals: false }] }] }, '$.a == 1 and ($.b is null or $.c == false)'],
    [{ Condition: '{% $states.input.n > 3 %}' }, '$states.input.n > 3'],
  ])('labels %j as %s', (rule, label) => {
    expect(choiceRuleLabel(rule)).toBe(label);
  });

  it('shortens long rules with an ellipsis', () => {
    const label = choiceRuleLabel({ Variable: '$.a', StringEquals: 'x'.repeat(100) });
    expect(label).toHaveLength(MAX_CHOICE_LABEL_LENGTH);
    expect(label.endsWith('…')).toBe(true);
  });
});
