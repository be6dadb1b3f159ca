import type { Retrier } from '../definition/state-machine.definition';
import { errorEqualsMatches } from '../errors/match';

/** Seconds before the first retry when a Retrier sets no IntervalSeconds. */
export const DEFAULT_INTERVAL_SECONDS = 1;
/** Retries a Retrier allows when it sets no MaxAttempts. */
export const DEFAULT_MAX_ATTEMPTS = 3;
/** Multiplier of the interval per retry when a Retrier sets no BackoffRate. */
export const DEFAULT_BACKOFF_RATE = 2;

export interface RetryDecision {
  readonly retrierIndex: number;
  readonly delayMs: number;
}

/**
 * The first Retrier whose ErrorEquals matches decides: a retry after its backoff while it has
 * attempts left, or none (later Retriers are not consulted). Each Retrier counts its own attempts.
 */
export function decideRetry(
  retriers: readonly Retrier[] | undefined,
  attempts: readonly number[],
  error: string | null,
  random: () => number,
): RetryDecision | undefined {
  if (!retriers) return undefined;
  const index = retriers.findIndex((r) => errorEqualsMatches(r.ErrorEquals, error));
  if (index < 0) return undefined;
  const retrier = retriers[index];
  const done = attempts[index] ?? 0;
  if (done >= (retrier.MaxAttempts ?? DEFAULT_MAX_ATTEMPTS)) return undefined;
  return { retrierIndex: index, delayMs: backoffMs(retrier, done, random) };
}

function backoffMs(retrier: Retrier, done: number, random: () => number): number {
  const interval = retrier.IntervalSeconds ?? DEFAULT_INTERVAL_SECONDS;
  let seconds = interval * Math.pow(retrier.BackoffRate ?? DEFAULT_BACKOFF_RATE, done);
  if (retrier.MaxDelaySeconds !== undefined) seconds = Math.min(seconds, retrier.MaxDelaySeconds);
  if (retrier.JitterStrategy === 'FULL') seconds = random() * seconds;
  return Math.round(seconds * 1000);
}
