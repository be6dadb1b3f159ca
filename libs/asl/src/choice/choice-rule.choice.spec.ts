import { StatesFault } from '../errors/states-error';
import { seededEntropy } from '../runtime/entropy';
import type { EvalScope } from '../runtime/eval-scope';
import { CHOICE_OPERATOR_NAMES, evaluateChoiceRule } from './choice-rule.choice';

const scope: EvalScope = {
  input: { n: 5, s: 'abc', limit: 5 },
  context: { Execution: { Input: { n: 5 } }, State: { Name: 'Check' } },
  variables: { max: 10, config: { mode: 'fast' } },
  entropy: seededEntropy(1),
};

function faultOf(run: () => unknown): StatesFault {
  try {
    run();
  } catch (e) {
    if (e instanceof StatesFault) return e;
    throw e;
  }
  throw new Error('expected a StatesFault');
}

describe('evaluateChoiceRule', () => {
  it.each`
    name                                   | rule                                                          | result
    ${'Variable from the input'}           | ${{ Variable: '$.n', NumericEquals: 5 }}                      | ${true}
    ${'Variable from the context object'}  | ${{ Variable: '$$.Execution.Input.n', NumericEquals: 5 }}     | ${true}
    ${'Variable from a workflow variable'} | ${{ Variable: '$max', NumericGreaterThan: 5 }}                | ${true}
    ${'Variable inside a variable'}        | ${{ Variable: '$config.mode', StringEquals: 'fast' }}         | ${true}
    ${'operand path in the input'}         | ${{ Variable: '$.n', NumericEqualsPath: '$.limit' }}          | ${true}
    ${'operand path in the context'}       | ${{ Variable: '$.s', StringLessThanPath: '$$.State.Name' }}   | ${false}
    ${'operand path in a variable'}        | ${{ Variable: '$.n', NumericLessThanPath: '$max' }}           | ${true}
    ${'whole input as Variable'}           | ${{ Variable: '$', IsPresent: true }}                         | ${true}
  `('$name', ({ rule, result }) => {
    expect(evaluateChoiceRule(rule, scope)).toBe(result);
  });

  it('ignores Next, Comment, Assign and Output beside the operator', () => {
    const rule = { Variable: '$.n', NumericEquals: 5, Next: 'A', Comment: 'c', Assign: { x: 1 }, Output: 'o' };
    expect(evaluateChoiceRule(rule, scope)).toBe(true);
  });

  it.each`
    name                                     | rule                                                  | cause
    ${'missing input field'}                 | ${{ Variable: '$.nope', NumericEquals: 5 }}           | ${"Invalid path '$.nope': The choice state's condition path references an invalid value."}
    ${'missing context field'}               | ${{ Variable: '$$.Nope', IsNull: true }}              | ${"Invalid path '$$.Nope': The choice state's condition path references an invalid value."}
    ${'undeclared variable'}                 | ${{ Variable: '$nope', BooleanEquals: true }}         | ${"Invalid path '$nope': The choice state's condition path references an invalid value."}
    ${'missing operand path'}                | ${{ Variable: '$.n', NumericEqualsPath: '$.right' }}  | ${"Invalid path '$.right': The choice state's condition path references an invalid value."}
    ${'both missing reports the Variable'}   | ${{ Variable: '$.a', StringEqualsPath: '$.b' }}       | ${"Invalid path '$.a': The choice state's condition path references an invalid value."}
    ${'no operator'}                         | ${{ Variable: '$.n' }}                                | ${'The choice rule has no comparison operator'}
    ${'unknown operator'}                    | ${{ Variable: '$.n', NumericEqual: 5 }}               | ${'The choice rule has no comparison operator'}
    ${'no Variable'}                         | ${{ NumericEquals: 5 }}                               | ${'The choice rule has no Variable'}
    ${'empty And'}                           | ${{ And: [] }}                                        | ${'The choice rule And must hold a non-empty array of choice rules'}
  `('$name fails with States.Runtime', ({ rule, cause }) => {
    expect(faultOf(() => evaluateChoiceRule(rule, scope)).statesError).toEqual({ error: 'States.Runtime', cause });
  });

  it('refuses JSONata Condition rules, which the Choice state evaluates', () => {
    expect(() => evaluateChoiceRule({ Condition: '{% true %}', Next: 'A' }, scope)).toThrow('JSONata Condition');
  });

  it('lists every operator and its Path variant, but no Path variant for StringMatches or the Is* tests', () => {
    expect(CHOICE_OPERATOR_NAMES).toHaveLength(5 * 2 + 1 + 5 * 2 + 1 * 2 + 5 * 2 + 6);
    expect(CHOICE_OPERATOR_NAMES).toEqual(expect.arrayContaining(['StringMatches', 'TimestampLessThanEqualsPath', 'IsPresent']));
    expect(CHOICE_OPERATOR_NAMES).not.toEqual(expect.arrayContaining(['StringMatchesPath']));
    expect(CHOICE_OPERATOR_NAMES.filter((name) => name.startsWith('Is') && name.endsWith('Path'))).toEqual([]);
  });
});
