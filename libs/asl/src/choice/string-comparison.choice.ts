import type { Json } from '../json';
import type { ChoiceOperator, ChoiceOperatorFamily } from './choice-operator';
import { matchesStringPattern } from './string-pattern';

/**
 * Compares two strings; false when either side is not a string. JavaScript orders strings by
 * UTF-16 code units, as Java's `String.compareTo` does.
 */
function stringOperator(test: (value: string, operand: string) => boolean, hasPathVariant = true): ChoiceOperator {
  return {
    compare: (value: Json, operand: Json) => typeof value === 'string' && typeof operand === 'string' && test(value, operand),
    hasPathVariant,
  };
}

export const stringComparisons: ChoiceOperatorFamily = {
  StringEquals: stringOperator((a, b) => a === b),
  StringLessThan: stringOperator((a, b) => a < b),
  StringGreaterThan: stringOperator((a, b) => a > b),
  StringLessThanEquals: stringOperator((a, b) => a <= b),
  StringGreaterThanEquals: stringOperator((a, b) => a >= b),
  /** AWS has no `StringMatchesPath`. */
  StringMatches: stringOperator(matchesStringPattern, false),
};
