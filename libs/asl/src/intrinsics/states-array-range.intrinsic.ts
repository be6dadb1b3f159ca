import { expectArgumentCount, javaInt, numberArgument } from './intrinsic-arguments';
import type { IntrinsicFunction } from './intrinsic-call';

/** "The newly generated array can't contain more than 1000 items" (AWS developer guide). */
export const MAX_ARRAY_RANGE_ITEMS = 1000;

/**
 * `States.ArrayRange(first, last, step)`: the numbers from `first` towards `last` (inclusive) in
 * steps of `step`, which may be negative. AWS truncates fractional arguments and rejects a zero
 * step or a result longer than 1000 items; a step pointing away from `last` gives `[]`.
 */
export const statesArrayRange: IntrinsicFunction = (call) => {
  expectArgumentCount(call, 3);
  const [first, last, step] = [0, 1, 2].map((index) => javaInt(numberArgument(call, index)));
  if (step === 0) call.invalidArguments();
  const span = (last - first) / step;
  const count = span < 0 ? 0 : Math.floor(span) + 1;
  if (count > MAX_ARRAY_RANGE_ITEMS) call.invalidArguments();
  return Array.from({ length: count }, (_, index) => first + index * step);
};
