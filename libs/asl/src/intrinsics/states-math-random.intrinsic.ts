import { expectArgumentCount, javaInt, numberArgument } from './intrinsic-arguments';
import type { IntrinsicFunction } from './intrinsic-call';
import { JavaRandom } from '../java/java-random';

/**
 * `States.MathRandom(start, end[, seed])`: a random integer with `start <= n < end`. AWS truncates
 * fractional bounds and needs `start < end`. Without a seed the number comes from the injected
 * entropy; with one it is `start + new java.util.Random(seed).nextInt(end - start)`, as on AWS.
 */
export const statesMathRandom: IntrinsicFunction = (call) => {
  expectArgumentCount(call, 2, 3);
  const start = javaInt(numberArgument(call, 0));
  const end = javaInt(numberArgument(call, 1));
  const seed = call.args.length === 3 ? numberArgument(call, 2) : undefined;
  const bound = (end - start) | 0;
  if (start >= end || bound <= 0) call.invalidArguments();
  const offset =
    seed === undefined
      ? Math.floor(call.scope.entropy.random() * bound)
      : new JavaRandom(BigInt(Math.trunc(seed))).nextInt(bound);
  return start + offset;
};
