import { arrayArgument, expectArgumentCount } from './intrinsic-arguments';
import type { IntrinsicFunction } from './intrinsic-call';
import { distinctInJavaHashSetOrder } from './java-hash-set';

/**
 * `States.ArrayUnique(array)`: the distinct items (objects compare by content, in any key order).
 * AWS deduplicates through a Java HashSet and returns its iteration order, not first appearance.
 */
export const statesArrayUnique: IntrinsicFunction = (call) => {
  expectArgumentCount(call, 1);
  return distinctInJavaHashSetOrder(arrayArgument(call, 0));
};
