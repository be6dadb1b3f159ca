import type { ChoiceRule } from '../definition/state-machine.definition';
import { seededEntropy } from '../runtime/entropy';
import type { EvalScope } from '../runtime/eval-scope';
import { evaluateChoiceRule } from './choice-rule.choice';

const scope: EvalScope = { input: { type: 'Private', value: 22 }, context: {}, variables: {}, entropy: seededEntropy(1) };

const isPrivate: ChoiceRule = { Variable: '$.type', StringEquals: 'Private' };
const isZero: ChoiceRule = { Variable: '$.value', NumericEquals: 0 };
const inTwenties: ChoiceRule = {
  And: [
    { Variable: '$.value', NumericGreaterThanEquals: 20 },
    { Variable: '$.value', NumericLessThan: 30 },
  ],
};
const missing: ChoiceRule = { Variable: '$.missing', NumericEquals: 1 };

describe('boolean logic rules', () => {
  it.each`
    name                                 | rule                                                    | result
    ${'Not true'}                        | ${{ Not: isPrivate }}                                   | ${false}
    ${'Not false'}                       | ${{ Not: isZero }}                                      | ${true}
    ${'Not Not'}                         | ${{ Not: { Not: isPrivate } }}                          | ${true}
    ${'And all true'}                    | ${inTwenties}                                           | ${true}
    ${'And one false'}                   | ${{ And: [isPrivate, isZero] }}                         | ${false}
    ${'And of one rule'}                 | ${{ And: [isPrivate] }}                                 | ${true}
    ${'Or one true'}                     | ${{ Or: [isZero, isPrivate] }}                          | ${true}
    ${'Or all false'}                    | ${{ Or: [isZero, { Not: isPrivate }] }}                 | ${false}
    ${'nested And in Or in Not'}         | ${{ Not: { Or: [isZero, { And: [isPrivate, inTwenties] }] } }} | ${false}
    ${'And stops at the first false'}    | ${{ And: [isZero, missing] }}                           | ${false}
    ${'Or stops at the first true'}      | ${{ Or: [isPrivate, missing] }}                         | ${true}
  `('$name is $result', ({ rule, result }) => {
    expect(evaluateChoiceRule(rule, scope)).toBe(result);
  });

  it.each`
    name                     | rule
    ${'Not over a missing'}  | ${{ Not: missing }}
    ${'And reaching missing'} | ${{ And: [isPrivate, missing] }}
    ${'Or reaching missing'} | ${{ Or: [isZero, missing] }}
  `('$name path fails with States.Runtime', ({ rule }) => {
    expect(() => evaluateChoiceRule(rule, scope)).toThrow(
      expect.objectContaining({ statesError: expect.objectContaining({ error: 'States.Runtime' }) }),
    );
  });
});
