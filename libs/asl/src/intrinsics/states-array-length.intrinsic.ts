import { arrayArgument, expectArgumentCount } from './intrinsic-arguments';
import type { IntrinsicFunction } from './intrinsic-call';

/** `States.ArrayLength(array)`: the number of items in the array. */
export const statesArrayLength: IntrinsicFunction = (call) => {
  expectArgumentCount(call, 1);
  return arrayArgument(call, 0).length;
};
