import type { EventEmitter } from 'node:events';

/**
 * Resolves once a stream that refused a write (SSE response, gRPC server stream) takes more, or
 * once its watch is abandoned: how both doors that stream history wait out a slow reader.
 */
export function drained(stream: Pick<EventEmitter, 'once'>, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    stream.once('drain', () => resolve());
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
