// The worker SDK: what a service imports to serve Task states. Plain TypeScript; imports only
// @lib/contracts, bullmq and ioredis, never the interpreter or the engine.
export { createWorker, Worker } from './worker';
export {
  DEFAULT_CONCURRENCY,
  DEFAULT_LOCK_DURATION_MS,
  DEFAULT_MAX_RESULT_BYTES,
  DEFAULT_MAX_STALLED_COUNT,
  DEFAULT_STALLED_INTERVAL_MS,
  type WorkerConnection,
  type WorkerOptions,
} from './worker-options';
export type { TaskContext, TaskHandler } from './task-handler';
export { TaskFailure, type TaskFailureOptions } from './task-failure';
export { WorkerErrorName } from './task-outcome';
export type { WorkerLogger } from './worker-logger';
export type { Json } from './json';
export {
  createHttpInvokeHandler,
  DEFAULT_HTTP_TIMEOUT_MS,
  HTTP_INVOKE_HANDLER_NAME,
  HTTP_SOCKET_ERROR,
  type HttpInvokeHandlerOptions,
} from './http/http-invoke.handler';
export type { HttpInvokeParameters } from './http/http-invoke-request';
export type { HttpInvokeResult } from './http/http-invoke-result';
export { ArrayFormat } from './http/url-encoding';
