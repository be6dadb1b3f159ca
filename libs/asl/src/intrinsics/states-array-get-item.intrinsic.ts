import { arrayArgument, expectArgumentCount, javaInt, numberArgument } from './intrinsic-arguments';
import type { IntrinsicFunction } from './intrinsic-call';

/**
 * `States.ArrayGetItem(array, index)`: the item at the index. A fractional index is truncated
 * (1.2 reads item 1); a negative or too large index fails, except that AWS returns null for
 * any non-negative index into an empty array.
 */
export const statesArrayGetItem: IntrinsicFunction = (call) => {
  expectArgumentCount(call, 2);
  const array = arrayArgument(call, 0);
  const index = javaInt(numberArgument(call, 1));
  if (index < 0) call.invalidArguments();
  if (array.length === 0) return null;
  return index < array.length ? array[index] : call.invalidArguments();
};
