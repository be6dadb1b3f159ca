import { isJsonObject, type Json, type JsonObject } from '../json';
import type { IntrinsicCall } from './intrinsic-call';

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

/** Fails with `Invalid arguments in <name>` unless the call has between `min` and `max` arguments. */
export function expectArgumentCount(call: IntrinsicCall, min: number, max = min): void {
  if (call.args.length < min || call.args.length > max) call.invalidArguments();
}

export function isNumber(value: Json): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The argument at `index` if it is a finite number, else the call fails. */
export function numberArgument(call: IntrinsicCall, index: number): number {
  const value = call.args[index];
  return isNumber(value) ? value : call.invalidArguments();
}

export function stringArgument(call: IntrinsicCall, index: number): string {
  const value = call.args[index];
  return typeof value === 'string' ? value : call.invalidArguments();
}

export function arrayArgument(call: IntrinsicCall, index: number): readonly Json[] {
  const value = call.args[index];
  return Array.isArray(value) ? value : call.invalidArguments();
}

export function objectArgument(call: IntrinsicCall, index: number): JsonObject {
  const value = call.args[index];
  return isJsonObject(value) ? value : call.invalidArguments();
}

/**
 * Java's `(int)` cast of a double: truncates toward zero and saturates at the int range.
 * AWS's array and random intrinsics treat fractional arguments this way (2.6 becomes 2).
 */
export function javaInt(value: number): number {
  if (Number.isNaN(value)) return 0;
  return Math.min(INT_MAX, Math.max(INT_MIN, Math.trunc(value))) + 0;
}

/** True when the integer fits Java's `int`. */
export function isJavaInt(value: number): boolean {
  return Number.isInteger(value) && value >= INT_MIN && value <= INT_MAX;
}
