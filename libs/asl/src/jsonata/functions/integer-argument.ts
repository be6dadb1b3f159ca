import { jsonataError } from '../jsonata-failure';

const TWO_TO_63 = 2 ** 63;

/**
 * A numeric argument as AWS reads it, like a Java cast to `long`: rounded towards zero (-1.7 is
 * -1, not -2), NaN as 0, magnitudes past 64 bits clamped (2^63 stands for Long.MAX_VALUE, the
 * nearest double). Anything but a number is a signature mismatch.
 */
export function integerArgument(value: unknown, index: number): number {
  if (typeof value !== 'number') throw jsonataError.signatureMismatch(index);
  if (Number.isNaN(value)) return 0;
  const truncated = Math.min(Math.max(Math.trunc(value), -TWO_TO_63), TWO_TO_63);
  return truncated === 0 ? 0 : truncated; // no -0
}

/** The exact Java `long` an integerArgument stands for. */
export function toJavaLong(integer: number): bigint {
  return integer >= TWO_TO_63 ? 2n ** 63n - 1n : BigInt(integer);
}
