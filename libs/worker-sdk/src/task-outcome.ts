import type { TaskOutcome } from '@lib/contracts';
import { toTaskResult } from './task-result';

/** ASL error names the worker itself reports. */
export const WorkerErrorName = {
  /** The result is not JSON; like AWS's own runtime data errors, no Retrier or Catcher handles it. */
  Runtime: 'States.Runtime',
  /** The result is over the worker's hard cap (`maxResultBytes`). */
  DataLimitExceeded: 'States.DataLimitExceeded',
  /** The task lost its worker more times than `maxStalledCount` allows. */
  TaskFailed: 'States.TaskFailed',
} as const;

/** What a handler returned, as the outcome to report. */
export function succeededOutcome(result: unknown, maxResultBytes: number): TaskOutcome {
  const converted = toTaskResult(result, maxResultBytes);
  if (converted.ok) return { output: converted.json };
  const error = converted.reason === 'too-large' ? WorkerErrorName.DataLimitExceeded : WorkerErrorName.Runtime;
  return { error, cause: converted.problem };
}

/**
 * What a handler threw, as the outcome to report: a TaskFailure's own error and cause; any other
 * Error's name and message; anything else as `Error` with its string form. Matched by name, not
 * instanceof, so a TaskFailure from another copy of the SDK counts too.
 */
export function failedOutcome(thrown: unknown): TaskOutcome {
  if (thrown instanceof Error || isErrorLike(thrown)) {
    const { error, cause } = thrown as { error?: unknown; cause?: unknown };
    if (thrown.name === 'TaskFailure' && typeof error === 'string') {
      return typeof cause === 'string' ? { error, cause } : { error };
    }
    return { error: thrown.name, cause: thrown.message };
  }
  return { error: 'Error', cause: stringOf(thrown) };
}

/** String(value), except for objects that cannot be converted (no prototype, a throwing toString). */
function stringOf(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** An Error from another realm, or a DOMException (not an Error subclass on Node 20), such as an abort reason. */
function isErrorLike(value: unknown): value is Error {
  return value instanceof DOMException || Object.prototype.toString.call(value) === '[object Error]';
}
