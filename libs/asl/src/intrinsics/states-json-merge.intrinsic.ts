import { expectArgumentCount, objectArgument } from './intrinsic-arguments';
import type { IntrinsicFunction } from './intrinsic-call';

/**
 * `States.JsonMerge(left, right, deep)`: a shallow merge where the right object's keys win,
 * nested objects included. AWS supports only `false` for `deep` and fails on `true`; any other
 * value (even the string 'false') merges shallowly too.
 */
export const statesJsonMerge: IntrinsicFunction = (call) => {
  expectArgumentCount(call, 3);
  const left = objectArgument(call, 0);
  const right = objectArgument(call, 1);
  if (call.args[2] === true) call.invalidArguments();
  return { ...left, ...right };
};
