import { createHttpInvokeHandler, HTTP_INVOKE_HANDLER_NAME, type TaskHandler } from '@lib/worker-sdk';

/** The Task handlers every Stepwise worker process serves: today the built-in HTTP task. */
export function builtInTaskHandlers(): Record<string, TaskHandler> {
  return { [HTTP_INVOKE_HANDLER_NAME]: createHttpInvokeHandler() };
}
