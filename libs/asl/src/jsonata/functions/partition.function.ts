import { jsonataError } from '../jsonata-failure';
import type { DialectFunction } from '../jsonata-runtime';
import { integerArgument } from './integer-argument';

/**
 * `$partition(array, size)`: the array in chunks of `size`, the last holding the remainder.
 * As on AWS: no array, an empty array or a size that rounds to 0 give undefined; no size gives
 * the array as one chunk; a negative size is an error.
 */
export const partitionFunction: DialectFunction = {
  name: 'partition',
  signature: '<x?x?:x>',
  implementation(array, size) {
    if (array === undefined) return undefined;
    if (!Array.isArray(array)) throw jsonataError.notAnArray(1);
    if (array.length === 0) return undefined;
    if (size === undefined) return [[...array]];
    const chunk = integerArgument(size, 2);
    if (chunk < 0) throw jsonataError.invalidValue('Second argument must be zero or greater');
    if (chunk === 0) return undefined;
    const chunks: unknown[][] = [];
    for (let start = 0; start < array.length; start += chunk) chunks.push(array.slice(start, start + chunk));
    return chunks;
  },
};
