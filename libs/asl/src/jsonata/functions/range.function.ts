import { MAX_VALUE_BYTES, MEMORY_LIMIT_MESSAGE } from '../evaluation-limits';
import type { DialectFunction } from '../jsonata-runtime';
import { integerArgument } from './integer-argument';

/**
 * `$range(start, end, step)`: start, start+step, ... up to end (inclusive when a step lands on
 * it). As on AWS: a range of one value is that value, not an array (`$range(1, 9, 9)` is 1); no
 * step, a zero step or a step pointing away from end give undefined.
 */
export const rangeFunction: DialectFunction = {
  name: 'range',
  signature: '<x?x?x?:x>',
  implementation(startArgument, endArgument, stepArgument) {
    const start = integerArgument(startArgument, 1);
    const end = integerArgument(endArgument, 2);
    if (stepArgument === undefined) return undefined;
    const step = integerArgument(stepArgument, 3);
    if (step === 0 || (step > 0 && start > end) || (step < 0 && start < end)) return undefined;
    const count = Math.floor((end - start) / step) + 1;
    if (count * 8 > MAX_VALUE_BYTES) throw new Error(MEMORY_LIMIT_MESSAGE);
    if (count === 1) return start;
    return Array.from({ length: count }, (_, i) => start + i * step);
  },
};
