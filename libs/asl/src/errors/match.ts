import { StatesErrorName } from './states-error-name';

/**
 * The one place that decides whether a Retrier's or Catcher's ErrorEquals matches an error.
 *
 * - An exact name matches itself.
 * - `States.ALL` matches every error except the terminal `States.Runtime` and
 *   `States.DataLimitExceeded`, which only an explicit name matches.
 * - `States.TaskFailed` matches every error except `States.Timeout` and those terminal ones.
 */
export function errorEqualsMatches(errorEquals: readonly string[], error: string | null): boolean {
  const name = error ?? '';
  for (const candidate of errorEquals) {
    if (candidate === name) return true;
    if (TERMINAL.has(name)) continue;
    if (candidate === StatesErrorName.ALL) return true;
    if (candidate === StatesErrorName.TaskFailed && name !== StatesErrorName.Timeout) return true;
  }
  return false;
}

const TERMINAL: ReadonlySet<string> = new Set([StatesErrorName.Runtime, StatesErrorName.DataLimitExceeded]);
