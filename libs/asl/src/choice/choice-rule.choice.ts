import type { ChoiceRule } from '../definition/state-machine.definition';
import { fault, statesError } from '../errors/states-error';
import type { Json } from '../json';
import { queryPath } from '../path/query-path';
import type { EvalScope } from '../runtime/eval-scope';
import { booleanComparisons } from './boolean-comparison.choice';
import { evaluateBooleanLogic, isBooleanLogicRule } from './boolean-logic.choice';
import type { ChoiceOperator } from './choice-operator';
import { numericComparisons } from './numeric-comparison.choice';
import { stringComparisons } from './string-comparison.choice';
import { timestampComparisons } from './timestamp-comparison.choice';
import { evaluateIsPresent, IS_PRESENT, typeTests } from './type-test.choice';

interface ResolvedOperator {
  readonly operator: ChoiceOperator;
  /** True for `<Operator>Path`: the rule's value is a path to the operand, not the operand. */
  readonly operandIsPath: boolean;
}

/** Every data-test operator name AWS accepts, `...Path` variants included. */
const OPERATORS: ReadonlyMap<string, ResolvedOperator> = new Map(
  [stringComparisons, numericComparisons, booleanComparisons, timestampComparisons, typeTests].flatMap((family) =>
    Object.entries(family).flatMap(([name, operator]): [string, ResolvedOperator][] => [
      [name, { operator, operandIsPath: false }],
      ...(operator.hasPathVariant ? [[`${name}Path`, { operator, operandIsPath: true }] as [string, ResolvedOperator]] : []),
    ]),
  ),
);

/** The names of all JSONPath Choice data-test operators, for definition checks. */
export const CHOICE_OPERATOR_NAMES: readonly string[] = [...OPERATORS.keys(), IS_PRESENT];

/**
 * Evaluates one JSONPath Choice rule (a data-test rule or an And/Or/Not rule) against the scope.
 * Throws a StatesFault with `States.Runtime` when a path the rule reads selects nothing, except
 * for the Variable of an IsPresent rule.
 */
export function evaluateChoiceRule(rule: ChoiceRule, scope: EvalScope): boolean {
  if (isBooleanLogicRule(rule)) return evaluateBooleanLogic(rule, scope, evaluateChoiceRule);
  if (rule.Condition !== undefined) {
    throw new Error('JSONata Condition rules are evaluated by the Choice state, not by evaluateChoiceRule');
  }
  const variablePath = rule.Variable;
  if (typeof variablePath !== 'string') fault(statesError.runtime('The choice rule has no Variable'));
  const variable = queryPath(variablePath, scope);
  if (IS_PRESENT in rule) return evaluateIsPresent(variable, rule[IS_PRESENT] as Json);

  const [name, resolved] = operatorOf(rule);
  if (!variable.found) invalidPath(variablePath);
  const operand = rule[name] as Json;
  if (!resolved.operandIsPath) return resolved.operator.compare(variable.value, operand);
  if (typeof operand !== 'string') fault(statesError.runtime(`The value of ${name} must be a path`));
  const selected = queryPath(operand, scope);
  if (!selected.found) invalidPath(operand);
  return resolved.operator.compare(variable.value, selected.value);
}

function operatorOf(rule: ChoiceRule): [string, ResolvedOperator] {
  for (const key of Object.keys(rule)) {
    const resolved = OPERATORS.get(key);
    if (resolved) return [key, resolved];
  }
  return fault(statesError.runtime('The choice rule has no comparison operator'));
}

/** AWS's cause, without the "An error occurred while executing the state ..." prefix the state adds. */
function invalidPath(path: string): never {
  return fault(statesError.runtime(`Invalid path '${path}': The choice state's condition path references an invalid value.`));
}
