import type { Json } from '../json';
import type { ChoiceOperator, ChoiceOperatorFamily } from './choice-operator';

/** Compares two JSON numbers; false when either side is not a number (a numeric string such as "42" is not). */
function numericOperator(test: (value: number, operand: number) => boolean): ChoiceOperator {
  return {
    compare: (value: Json, operand: Json) => typeof value === 'number' && typeof operand === 'number' && test(value, operand),
    hasPathVariant: true,
  };
}

export const numericComparisons: ChoiceOperatorFamily = {
  NumericEquals: numericOperator((a, b) => a === b),
  NumericLessThan: numericOperator((a, b) => a < b),
  NumericGreaterThan: numericOperator((a, b) => a > b),
  NumericLessThanEquals: numericOperator((a, b) => a <= b),
  NumericGreaterThanEquals: numericOperator((a, b) => a >= b),
};
