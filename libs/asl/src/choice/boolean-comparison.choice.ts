import type { Json } from '../json';
import type { ChoiceOperatorFamily } from './choice-operator';

export const booleanComparisons: ChoiceOperatorFamily = {
  /** True only when both sides are JSON booleans and equal: 0, 1, "true" and null never equal a boolean. */
  BooleanEquals: {
    compare: (value: Json, operand: Json) => typeof value === 'boolean' && typeof operand === 'boolean' && value === operand,
    hasPathVariant: true,
  },
};
