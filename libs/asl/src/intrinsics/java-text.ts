import type { Json } from '../json';

/**
 * Renders a value the way AWS's Java runtime prints it with `toString()`: strings bare, `null`,
 * objects as `{Arg1=1, Arg2=[]}` and arrays as `[1, a]`. States.Format interpolates values this
 * way, and States.ArrayContains compares these renderings (so `true` matches `"true"`).
 */
export function javaToString(value: Json): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return javaNumberToString(value);
  if (value === null || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(javaToString).join(', ')}]`;
  return `{${Object.keys(value)
    .map((key) => `${key}=${javaToString(value[key])}`)
    .join(', ')}}`;
}

const LONG_LIMIT = 2 ** 63;

/**
 * An integer prints as Java's Integer/Long; any other number as Java's `Double.toString`, which
 * switches to `1.0E-4` style outside [1e-3, 1e7).
 */
export function javaNumberToString(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < LONG_LIMIT) return BigInt(value).toString();
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-3 && magnitude < 1e7) return String(value);
  const [mantissa, exponent] = value.toExponential().split('e');
  const digits = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
  return `${digits}E${exponent.replace('+', '')}`;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The UTF-8 bytes Java's `String.getBytes(UTF_8)` produces: a lone surrogate becomes `?`. */
export function javaUtf8Bytes(text: string): Buffer {
  return Buffer.from(text.replace(LONE_SURROGATE, '?'), 'utf8');
}
