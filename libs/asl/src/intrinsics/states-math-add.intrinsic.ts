import { expectArgumentCount, isJavaInt, numberArgument } from './intrinsic-arguments';
import type { IntrinsicFunction } from './intrinsic-call';

/**
 * `States.MathAdd(a, b)`: the sum of two integers. Each operand is first rounded like Java's
 * `Math.round` (halves toward positive infinity: 1.5 is 2, -1.5 is -1, -0.5 is 0); the operands
 * and the sum must fit a 32-bit int.
 */
export const statesMathAdd: IntrinsicFunction = (call) => {
  expectArgumentCount(call, 2);
  const a = javaRound(numberArgument(call, 0));
  const b = javaRound(numberArgument(call, 1));
  const sum = a + b;
  if (!isJavaInt(a) || !isJavaInt(b) || !isJavaInt(sum)) call.invalidArguments();
  return sum;
};

function javaRound(value: number): number {
  return Math.round(value) + 0;
}
