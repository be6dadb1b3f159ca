import type { ChoiceRule } from '../definition/state-machine.definition';
import { fault, statesError } from '../errors/states-error';
import type { EvalScope } from '../runtime/eval-scope';

/** True when the rule is an And, Or or Not rule rather than a data-test rule. */
export function isBooleanLogicRule(rule: ChoiceRule): boolean {
  return rule.And !== undefined || rule.Or !== undefined || rule.Not !== undefined;
}

/**
 * And, Or and Not over nested rules. And and Or stop at the first rule that decides the result,
 * so a later rule whose path is missing does not fail the execution.
 */
export function evaluateBooleanLogic(
  rule: ChoiceRule,
  scope: EvalScope,
  evaluateRule: (nested: ChoiceRule, scope: EvalScope) => boolean,
): boolean {
  if (rule.And !== undefined) return nestedRules(rule.And, 'And').every((nested) => evaluateRule(nested, scope));
  if (rule.Or !== undefined) return nestedRules(rule.Or, 'Or').some((nested) => evaluateRule(nested, scope));
  if (rule.Not === undefined || typeof rule.Not !== 'object' || rule.Not === null || Array.isArray(rule.Not)) {
    fault(statesError.runtime('The choice rule Not must hold a single choice rule'));
  }
  return !evaluateRule(rule.Not, scope);
}

function nestedRules(rules: unknown, operator: 'And' | 'Or'): ChoiceRule[] {
  if (!Array.isArray(rules) || rules.length === 0) {
    fault(statesError.runtime(`The choice rule ${operator} must hold a non-empty array of choice rules`));
  }
  return rules as ChoiceRule[];
}
