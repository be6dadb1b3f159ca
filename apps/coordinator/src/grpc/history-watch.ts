import type { HistoryEvent } from '@lib/asl';
import { ExecutionNotFoundError, type Engine } from '@lib/engine';

/** How often a watch looks for new events of a running execution. */
export const WATCH_POLL_INTERVAL_MS = 50;

/**
 * The history of one execution as it grows: every event from the first, in order, then the end
 * once the execution is no longer RUNNING and its last event was yielded. Stops early when
 * `signal` aborts (the caller went away, or the server shuts down).
 */
export async function* watchHistory(engine: Engine, executionArn: string, signal: AbortSignal): AsyncGenerator<HistoryEvent> {
  const id = await engine.repository.idOfArn(executionArn);
  if (id === undefined) throw new ExecutionNotFoundError(executionArn);
  let sent = 0;
  while (!signal.aborted) {
    // The status is read before the events: a commit writes the end and its events at once, so
    // events read after an ended status include the last one.
    const execution = await engine.repository.get(id);
    if (execution === undefined) throw new ExecutionNotFoundError(executionArn);
    const events = await engine.repository.history(id, sent, -1);
    for (const event of events) {
      if (signal.aborted) return;
      yield event;
    }
    sent += events.length;
    if (execution.status !== 'RUNNING') return;
    await pause(WATCH_POLL_INTERVAL_MS, signal);
  }
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
