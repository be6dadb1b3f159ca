import { StatesErrorName } from './states-error-name';

/**
 * The one place that decides whether a Retrier's or Catcher's ErrorEquals matches an error.
 *
 * - `States.Runtime` is terminal: nothing matches it, not even its own name (AWS: "a
 *   States.Runtime error isn't retriable, and will always cause the execution to fail").
 * - An exact name matches itself.
 * - `States.ALL` matches every other error.
 * - `States.TaskFailed` matches every other error except `States.Timeout`.
 */
export function errorEqualsMatches(errorEquals: readonly string[], error: string | null): boolean {
  const name = error ?? '';
  if (name === StatesErrorName.Runtime) return false;
  for (const candidate of errorEquals) {
    if (candidate === name) return true;
    if (candidate === StatesErrorName.ALL) return true;
    if (candidate === StatesErrorName.TaskFailed && name !== StatesErrorName.Timeout) return true;
  }
  return false;
}
