import type { Json } from '../json';
import { arrayArgument, expectArgumentCount, javaInt, numberArgument } from './intrinsic-arguments';
import type { IntrinsicFunction } from './intrinsic-call';

/**
 * `States.ArrayPartition(array, chunkSize)`: the array cut into chunks of `chunkSize` items, the
 * last one possibly shorter. AWS truncates a fractional size (2.6 is 2) and rejects sizes below 1.
 */
export const statesArrayPartition: IntrinsicFunction = (call) => {
  expectArgumentCount(call, 2);
  const array = arrayArgument(call, 0);
  const size = javaInt(numberArgument(call, 1));
  if (size < 1) call.invalidArguments();
  const chunks: Json[] = [];
  for (let start = 0; start < array.length; start += size) chunks.push(array.slice(start, start + size));
  return chunks;
};
