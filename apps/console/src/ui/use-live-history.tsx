import { useEffect, useState } from 'react';
import { api, eventStreamUrl } from '../api/api-client';
import type { HistoryEvent } from '../status/history-event';

/** How long to wait before reconnecting a stream that failed (EventSource gave up). */
const RECONNECT_AFTER_MS = 3_000;

export interface LiveHistory {
  readonly events: readonly HistoryEvent[];
  /** The execution's status from the stream's `end` event, once it has ended. */
  readonly endStatus?: string;
  /** Set while the stream is down; the events so far stay. */
  readonly problem?: string;
}

/**
 * An execution's history, live: the API's Server-Sent Events stream sends every event from the
 * first, then new ones as they happen, then `end`. A dropped stream resumes after the last
 * event it delivered. A new `attempt` (the execution's redrive count) opens the stream again: the
 * stream of an execution that ended has closed, and a redrive goes on writing its history.
 */
export function useLiveHistory(executionArn: string, attempt: number): LiveHistory {
  const [state, setState] = useState<LiveHistory>({ events: [] });

  useEffect(() => {
    let closed = false;
    let source: EventSource | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let lastId = 0;
    const received: HistoryEvent[] = [];
    setState({ events: [] });

    const connect = () => {
      source = new EventSource(eventStreamUrl(executionArn, lastId || undefined));
      source.addEventListener('history', (message) => {
        const event = JSON.parse((message as MessageEvent<string>).data) as HistoryEvent;
        if (event.id <= lastId) return;
        lastId = event.id;
        received.push(event);
        setState({ events: [...received] });
      });
      source.addEventListener('end', (message) => {
        const { status } = JSON.parse((message as MessageEvent<string>).data) as { status: string };
        source?.close();
        setState({ events: [...received], endStatus: status });
      });
      source.onerror = () => {
        if (closed || source?.readyState !== EventSource.CLOSED) return;
        // The stream was refused (a 401 or 404 says nothing to EventSource): ask the API why.
        api.describeExecution(executionArn).then(
          () => setState((previous) => ({ ...previous, problem: 'The live stream dropped; reconnecting…' })),
          (error: Error) => setState((previous) => ({ ...previous, problem: error.message })),
        );
        retry = setTimeout(connect, RECONNECT_AFTER_MS);
      };
    };
    connect();
    return () => {
      closed = true;
      clearTimeout(retry);
      source?.close();
    };
  }, [executionArn, attempt]);

  return state;
}
