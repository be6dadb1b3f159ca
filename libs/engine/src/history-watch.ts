import type { HistoryEvent } from '@lib/asl';
import { ExecutionNotFoundError } from './engine.errors';
import type { ExecutionRecord } from './execution-record';
import type { ExecutionRepository } from './execution.repository';

/** How often a watch looks for new events of a running execution. */
export const WATCH_POLL_INTERVAL_MS = 50;

/**
 * The history of one execution as it grows: every event after `afterEventId` (from the first by
 * default), in order; once the execution is no longer RUNNING and its last event was yielded, the
 * generator returns the ended execution. Stops early, returning undefined, when `signal` aborts
 * (the caller went away, or the server shuts down). Shared by every door that streams history.
 */
export async function* watchHistory(
  repository: ExecutionRepository,
  executionArn: string,
  signal: AbortSignal,
  afterEventId = 0,
): AsyncGenerator<HistoryEvent, ExecutionRecord | undefined> {
  const id = await repository.idOfArn(executionArn);
  if (id === undefined) throw new ExecutionNotFoundError(executionArn);
  // Event ids are 1..N in list order, so the event after `afterEventId` sits at that index.
  let sent = Math.max(0, afterEventId);
  while (!signal.aborted) {
    // The status is read before the events: a commit writes the end and its events at once, so
    // events read after an ended status include the last one.
    const execution = await repository.get(id);
    if (execution === undefined) throw new ExecutionNotFoundError(executionArn);
    const events = await repository.history(id, sent, -1);
    for (const event of events) {
      if (signal.aborted) return undefined;
      yield event;
    }
    sent += events.length;
    if (execution.status !== 'RUNNING') return execution;
    await pause(WATCH_POLL_INTERVAL_MS, signal);
  }
  return undefined;
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
