import { arrayArgument, expectArgumentCount } from './intrinsic-arguments';
import type { IntrinsicFunction } from './intrinsic-call';
import { javaToString } from './java-text';

/**
 * `States.ArrayContains(array, value)`: whether the array holds the value. AWS compares the Java
 * string renderings, so `true` matches `"true"`, `1` matches `"1"`, and objects match only with
 * their keys in the same order.
 */
export const statesArrayContains: IntrinsicFunction = (call) => {
  expectArgumentCount(call, 2);
  const array = arrayArgument(call, 0);
  const wanted = javaToString(call.args[1]);
  return array.some((item) => javaToString(item) === wanted);
};
