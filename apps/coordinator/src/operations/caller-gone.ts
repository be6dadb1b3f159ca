import type { ServerResponse } from 'node:http';

/** Aborts when the caller closes the connection before its answer was sent: a long poll then stops waiting. */
export function callerGone(response: ServerResponse): AbortSignal {
  const gone = new AbortController();
  response.once('close', () => {
    if (!response.writableFinished) gone.abort();
  });
  return gone.signal;
}
