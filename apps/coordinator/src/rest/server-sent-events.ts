import type { ServerResponse } from 'node:http';

/** How often an idle stream sends a comment, so proxies and load balancers keep it open. */
export const KEEP_ALIVE_INTERVAL_MS = 15_000;

/** One Server-Sent Event: `id:` (optional), `event:` and one `data:` line of JSON. */
export function serverSentEvent(event: string, data: unknown, id?: number): string {
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** Where a stream resumes: after `?after=`, else after the `Last-Event-ID` an EventSource sends on reconnecting, else from the start. */
export function resumeAfter(after: number | undefined, lastEventId: string | undefined): number {
  if (after !== undefined) return after;
  const id = Number(lastEventId);
  return lastEventId !== undefined && Number.isInteger(id) && id >= 0 ? id : 0;
}

/** Starts a Server-Sent Events answer; returns a stop function for its keep-alive. */
export function openEventStream(response: ServerResponse): () => void {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache',
    Connection: 'keep-alive',
    // nginx would otherwise buffer the stream.
    'X-Accel-Buffering': 'no',
  });
  response.flushHeaders();
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), KEEP_ALIVE_INTERVAL_MS);
  return () => clearInterval(keepAlive);
}

