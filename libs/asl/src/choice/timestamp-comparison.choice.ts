import type { Json } from '../json';
import type { ChoiceOperator, ChoiceOperatorFamily } from './choice-operator';
import { compareTimestamps, parseTimestamp } from '../time/rfc3339-timestamp';

/**
 * Compares two timestamps as instants, so offsets and fractional seconds count
 * (`12:00:00+01:00` equals `11:00:00Z`). False when either side is not a string holding a valid
 * timestamp.
 */
function timestampOperator(test: (order: number) => boolean): ChoiceOperator {
  return {
    compare: (value: Json, operand: Json) => {
      if (typeof value !== 'string' || typeof operand !== 'string') return false;
      const a = parseTimestamp(value);
      const b = a && parseTimestamp(operand);
      return a !== null && b !== null && test(compareTimestamps(a, b));
    },
    hasPathVariant: true,
  };
}

export const timestampComparisons: ChoiceOperatorFamily = {
  TimestampEquals: timestampOperator((order) => order === 0),
  TimestampLessThan: timestampOperator((order) => order < 0),
  TimestampGreaterThan: timestampOperator((order) => order > 0),
  TimestampLessThanEquals: timestampOperator((order) => order <= 0),
  TimestampGreaterThanEquals: timestampOperator((order) => order >= 0),
};
