import type { TaskHandlerContext } from '@lib/asl';
import type { TaskContext } from '@lib/worker-sdk';

/**
 * Resolves after `ms` of real time, or rejects with the signal's reason as soon as it aborts
 * (the worker aborts an attempt that runs past its TimeoutSeconds).
 */
export function abortableDelay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The interpreter's handler context (what the corpus handler kinds are written against) over the
 * worker SDK's: `sleep` is a real timer that stops when the attempt is aborted.
 */
export function toAslTaskContext(ctx: TaskContext, handler: string): TaskHandlerContext {
  return {
    resource: ctx.resource,
    handler,
    stateName: ctx.stateName,
    attempt: ctx.attempt,
    idempotencyKey: ctx.idempotencyKey,
    ...(ctx.taskToken !== undefined && { taskToken: ctx.taskToken }),
    signal: ctx.signal,
    sleep: (seconds) => abortableDelay(seconds * 1000, ctx.signal),
    heartbeat: () => void ctx.heartbeat(),
  };
}
