import type jsonata from 'jsonata';
import { RUNTIME_BINDING, type JsonataRuntime } from './jsonata-runtime';

/**
 * How deep evaluation may nest (jsonata's `stack` option). AWS accepts `1+1+…` with 100 terms,
 * 99 nested parentheses or brackets and a non-tail-recursive function 31 calls deep, and refuses
 * one more of each: exactly jsonata's depth count with this bound.
 */
export const MAX_EVALUATION_DEPTH = 100;

/**
 * Evaluation steps after which an expression counts as an infinite loop. AWS bounds evaluation by
 * time; a step count keeps the bound deterministic. jsonata runs tail calls in a loop, so a
 * recursion with no base case never trips the depth bound.
 */
export const MAX_EVALUATION_STEPS = 5_000_000;

/**
 * The largest value one evaluation step may build: AWS accepts `[1..873782]` and refuses one
 * element more, and accepts a string of 2^22 characters but not 2^23. Counted shallowly, 8 bytes
 * per array element and 1 per character.
 */
export const MAX_VALUE_BYTES = 873_782 * 8;

export const EVALUATION_TIMEOUT_MESSAGE = 'Expression evaluation timeout: Check for infinite loop';
export const MEMORY_LIMIT_MESSAGE = 'Expression evaluation memory limit exceeded';

/** The shallow size of a value as MAX_VALUE_BYTES counts it. */
export function approximateBytes(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return value.length * 8;
  return 0;
}

/** jsonata's hook after every evaluation step: enforces the step and size bounds. */
export function enforceEvaluationLimits(
  _expression: unknown,
  _input: unknown,
  environment: jsonata.Environment,
  result: unknown,
): void {
  const runtime = environment.lookup(RUNTIME_BINDING) as JsonataRuntime | undefined;
  if (runtime === undefined) return;
  if (++runtime.steps > MAX_EVALUATION_STEPS) throw new Error(EVALUATION_TIMEOUT_MESSAGE);
  if (approximateBytes(result) > MAX_VALUE_BYTES) throw new Error(MEMORY_LIMIT_MESSAGE);
}
