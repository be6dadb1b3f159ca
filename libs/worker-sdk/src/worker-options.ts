import { QUEUE_PREFIX, taskQueueName } from '@lib/contracts';
import type { Redis } from 'ioredis';
import type { TaskHandler } from './task-handler';
import { consoleWorkerLogger, type WorkerLogger } from './worker-logger';

/** Handler invocations one worker runs at once, per handler. */
export const DEFAULT_CONCURRENCY = 10;

/**
 * The largest result a worker reports (16 MiB). Larger results become States.DataLimitExceeded
 * here, so Redis never holds them; the coordinator applies AWS's 256 KiB payload limit itself.
 */
export const DEFAULT_MAX_RESULT_BYTES = 16 * 1024 * 1024;

/**
 * How long a worker's claim on a running task lasts (BullMQ `lockDuration`); BullMQ renews it
 * every half of it while the handler runs. A worker that dies (kill -9, a lost host) holds its
 * tasks at most this long. Shorter notices a dead worker sooner, but a handler that blocks the
 * event loop for longer than this loses its claim and the task runs a second time elsewhere.
 */
export const DEFAULT_LOCK_DURATION_MS = 30_000;

/**
 * How often a worker looks for tasks whose claim expired and puts them back in their queue
 * (BullMQ `stalledInterval`). A dead worker's task runs again, on another worker, within
 * lockDuration + stalledInterval (45 s by default), with the same idempotency key.
 */
export const DEFAULT_STALLED_INTERVAL_MS = 15_000;

/**
 * How many times a task may lose its worker and be delivered again (BullMQ `maxStalledCount`).
 * The delivery after that does not run the handler: it reports States.TaskFailed, so a task that
 * crashes every worker it reaches fails its state instead of being dropped by BullMQ unreported.
 */
export const DEFAULT_MAX_STALLED_COUNT = 5;

/** Where the worker finds Redis. */
export type WorkerConnection =
  /**
   * An ioredis client. Shared as it is when its `maxRetriesPerRequest` is null (BullMQ's
   * requirement for workers); otherwise duplicated with that setting. Never closed by the worker.
   */
  | Redis
  /** A `redis://` or `rediss://` URL: the worker opens its own connections and closes them on shutdown. */
  | { readonly url: string };

export interface WorkerOptions {
  readonly connection: WorkerConnection;
  /**
   * Task handlers by the name the coordinator dispatches to: a Lambda function name (from a
   * function ARN or `lambda:invoke`'s FunctionName), `http:invoke` for the built-in HTTP task, or
   * else the Task's full Resource; an activity is served by its ARN (it must exist: CreateActivity),
   * taking its tasks from the same queue GetActivityTask pollers read.
   */
  readonly handlers: Readonly<Record<string, TaskHandler>>;
  /** Handler invocations at once, per handler. @default 10 */
  readonly concurrency?: number;
  /** @default console, tagged `[stepwise-worker]` */
  readonly logger?: WorkerLogger;
  /** Shut down gracefully on SIGTERM and SIGINT. @default false */
  readonly handleSignals?: boolean;
  /** Results over this many bytes of JSON fail with States.DataLimitExceeded. @default 16 MiB */
  readonly maxResultBytes?: number;
  /** BullMQ's key prefix; must be the coordinator's. @default QUEUE_PREFIX (`{stepwise}`) */
  readonly prefix?: string;
  /** See DEFAULT_LOCK_DURATION_MS. @default 30000 */
  readonly lockDurationMs?: number;
  /** See DEFAULT_STALLED_INTERVAL_MS. @default 15000 */
  readonly stalledIntervalMs?: number;
  /** See DEFAULT_MAX_STALLED_COUNT. @default 5 */
  readonly maxStalledCount?: number;
}

/** WorkerOptions with every default applied and checked, compiled once per worker. */
export interface CompiledWorkerOptions {
  readonly connection: WorkerConnection;
  readonly handlers: Readonly<Record<string, TaskHandler>>;
  readonly concurrency: number;
  readonly logger: WorkerLogger;
  readonly handleSignals: boolean;
  readonly maxResultBytes: number;
  readonly prefix: string;
  readonly lockDurationMs: number;
  readonly stalledIntervalMs: number;
  readonly maxStalledCount: number;
}

/** Applies the defaults; throws a TypeError naming the first unusable option (a programming error). */
export function compileWorkerOptions(options: WorkerOptions): CompiledWorkerOptions {
  const names = Object.keys(options.handlers ?? {});
  if (names.length === 0) throw new TypeError('createWorker: `handlers` must name at least one task handler');
  const byQueue = new Map<string, string>();
  for (const name of names) {
    if (typeof options.handlers[name] !== 'function') throw new TypeError(`createWorker: handler '${name}' is not a function`);
    const other = byQueue.get(taskQueueName(name));
    if (other !== undefined) throw new TypeError(`createWorker: handlers '${other}' and '${name}' would share the queue ${taskQueueName(name)}`);
    byQueue.set(taskQueueName(name), name);
  }
  return {
    connection: options.connection,
    handlers: options.handlers,
    concurrency: positiveInteger('concurrency', options.concurrency, DEFAULT_CONCURRENCY),
    logger: options.logger ?? consoleWorkerLogger,
    handleSignals: options.handleSignals ?? false,
    maxResultBytes: positiveInteger('maxResultBytes', options.maxResultBytes, DEFAULT_MAX_RESULT_BYTES),
    prefix: options.prefix ?? QUEUE_PREFIX,
    lockDurationMs: positiveInteger('lockDurationMs', options.lockDurationMs, DEFAULT_LOCK_DURATION_MS),
    stalledIntervalMs: positiveInteger('stalledIntervalMs', options.stalledIntervalMs, DEFAULT_STALLED_INTERVAL_MS),
    maxStalledCount: positiveInteger('maxStalledCount', options.maxStalledCount, DEFAULT_MAX_STALLED_COUNT),
  };
}

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new TypeError(`createWorker: \`${name}\` must be a positive integer, got ${value}`);
  return value;
}
