import type { TaskContext, TaskHandler } from '../task-handler';
import { TaskFailure } from '../task-failure';
import { httpInvokeRequest } from './http-invoke-request';
import { httpInvokeResult, httpStatusFailure, type HttpInvokeResult } from './http-invoke-result';

/** The handler name the coordinator dispatches `arn:aws:states:::http:invoke` Tasks to. */
export const HTTP_INVOKE_HANDLER_NAME = 'http:invoke';

/** AWS's quota for one HTTP Task request: 60 seconds, after which it fails with States.Http.Socket. */
export const DEFAULT_HTTP_TIMEOUT_MS = 60_000;

/** The error AWS's HTTP Task reports when the request times out or its connection fails. */
export const HTTP_SOCKET_ERROR = 'States.Http.Socket';

export interface HttpInvokeHandlerOptions {
  /** @default 60000 (AWS's quota) */
  readonly timeoutMs?: number;
}

/**
 * The built-in HTTP Task: makes the request its parameters describe with Node's fetch and returns
 * `{ StatusCode, StatusText, Headers, ResponseBody }`. A non-2xx answer fails with
 * `States.Http.StatusCode.<code>`, a timeout or connection failure with States.Http.Socket.
 */
export function createHttpInvokeHandler(options: HttpInvokeHandlerOptions = {}): TaskHandler<unknown, HttpInvokeResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS;
  return async (parameters: unknown, ctx: TaskContext) => {
    const request = httpInvokeRequest(parameters);
    const timeout = AbortSignal.timeout(timeoutMs);
    let result: HttpInvokeResult;
    try {
      const response = await fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: AbortSignal.any([ctx.signal, timeout]),
      });
      result = await httpInvokeResult(response);
    } catch (error) {
      if (ctx.signal.aborted) throw ctx.signal.reason;
      if (timeout.aborted) {
        throw TaskFailure.create({ error: HTTP_SOCKET_ERROR, cause: `The request to ${request.url.origin} did not complete within ${timeoutMs} ms` });
      }
      throw networkFailure(request.url, error);
    }
    if (Number(result.StatusCode) < 200 || Number(result.StatusCode) > 299) throw httpStatusFailure(result);
    return result;
  };
}

/** fetch rejects with a TypeError whose `cause` is the socket error (ECONNREFUSED, ENOTFOUND, ...). */
function networkFailure(url: URL, error: unknown): unknown {
  const { name, cause } = (error ?? {}) as { name?: unknown; cause?: { message?: unknown } };
  if (name !== 'TypeError' || typeof cause !== 'object' || cause === null) return error;
  const detail = typeof cause.message === 'string' ? cause.message : String(cause);
  return TaskFailure.create({ error: HTTP_SOCKET_ERROR, cause: `The request to ${url.origin} failed: ${detail}` });
}
