import type { AccessKey } from './credentials';
import type { LogFormat } from './log-format';
import type { LogLevel } from './log-level';

/** HTTP port of a coordinator (AWS API, REST, /health) or of a worker (/health, /metrics). */
export const DEFAULT_PORT = 8080;

/** gRPC port of a coordinator. */
export const DEFAULT_GRPC_PORT = 50051;

/** HTTP port of the worker that `npm start` runs beside the coordinator. */
export const DEFAULT_STACK_WORKER_PORT = 8081;

/**
 * Port of the private redis-server that `npm start` runs when REDIS_URL is not set: one above
 * Redis's own 6379, so a Redis already running there is left alone.
 */
export const DEFAULT_STACK_REDIS_PORT = 6380;

/**
 * How long a coordinator holds a transition job before another may take it over: the longest a
 * killed coordinator's in-flight transitions wait (BullMQ's lock duration).
 */
export const DEFAULT_JOB_LOCK_MS = 30_000;

/** How often a coordinator looks for transition jobs whose holder died (BullMQ's stalled check). */
export const DEFAULT_STALLED_CHECK_MS = 15_000;

/**
 * Bull Board at `/queues` shows the queues but refuses to retry, remove, pause or clean jobs:
 * acting on a Stepwise job by hand can break the execution it belongs to.
 */
export const DEFAULT_BULL_BOARD_READ_ONLY = true;

/** History events one execution may write before it fails with States.Runtime (AWS: 25,000). */
export const DEFAULT_MAX_HISTORY_EVENTS = 25_000;

/** `log` prints lifecycle messages and problems, not per-request detail. */
export const DEFAULT_LOG_LEVEL: LogLevel = 'log';

/**
 * Log lines are JSON objects when NODE_ENV is `production` (what the Dockerfile sets), where a
 * collector reads them; text otherwise, where a person does.
 */
export const DEFAULT_LOG_FORMAT_IN_PRODUCTION: LogFormat = 'json';
export const DEFAULT_LOG_FORMAT: LogFormat = 'text';

/** Typed, validated settings of one process; read once at start-up. */
export interface Settings {
  /** `PORT`: the HTTP port this process listens on. */
  readonly port: number;
  /** `GRPC_PORT`: the gRPC port of a coordinator. */
  readonly grpcPort: number;
  /**
   * `REDIS_URL`: the Redis that holds queues and executions (`redis://` or `rediss://`).
   * Unset means none was configured: `npm start` then runs a private redis-server.
   */
  readonly redisUrl: string | undefined;
  /** `LOG_LEVEL`: the least severe level printed. */
  readonly logLevel: LogLevel;
  /** `STACK_WORKER_PORT`: in `npm start`, the HTTP port of the worker beside the coordinator. */
  readonly stackWorkerPort: number;
  /** `STACK_REDIS_PORT`: in `npm start` without REDIS_URL, the port of the private redis-server. */
  readonly stackRedisPort: number;
  /** `JOB_LOCK_MS`: see DEFAULT_JOB_LOCK_MS. */
  readonly jobLockMs: number;
  /** `STALLED_CHECK_MS`: see DEFAULT_STALLED_CHECK_MS. */
  readonly stalledCheckMs: number;
  /** `BULL_BOARD_READ_ONLY`: see DEFAULT_BULL_BOARD_READ_ONLY; `false` enables the board's actions. */
  readonly bullBoardReadOnly: boolean;
  /** `LOG_FORMAT`: `json` or `text`; see DEFAULT_LOG_FORMAT_IN_PRODUCTION. */
  readonly logFormat: LogFormat;
  /**
   * `STEPWISE_ACCESS_KEYS`: `accessKeyId:secret,...`. When set, the AWS API accepts only
   * requests signed (Signature V4) with one of them. Empty: any request, signed or not.
   */
  readonly accessKeys: readonly AccessKey[];
  /**
   * `STEPWISE_API_KEYS`: `key,...`. When set, REST, gRPC, Bull Board and the console require
   * one of them. Empty: they are open.
   */
  readonly apiKeys: readonly string[];
  /** `MAX_HISTORY_EVENTS`: see DEFAULT_MAX_HISTORY_EVENTS. */
  readonly maxHistoryEvents: number;
  /** `ACTIVITY_POLL_MS`: how long GetActivityTask waits for a task; unset: the engine's default (AWS's 60 s). */
  readonly activityPollMs: number | undefined;
  /** `HOST`: the interface HTTP and gRPC bind; unset: see listenAddress(). */
  readonly host: string | undefined;
}

/** The environment variables that settings are read from. */
export const SettingName = {
  Port: 'PORT',
  GrpcPort: 'GRPC_PORT',
  RedisUrl: 'REDIS_URL',
  LogLevel: 'LOG_LEVEL',
  StackWorkerPort: 'STACK_WORKER_PORT',
  StackRedisPort: 'STACK_REDIS_PORT',
  JobLockMs: 'JOB_LOCK_MS',
  StalledCheckMs: 'STALLED_CHECK_MS',
  BullBoardReadOnly: 'BULL_BOARD_READ_ONLY',
  LogFormat: 'LOG_FORMAT',
  AccessKeys: 'STEPWISE_ACCESS_KEYS',
  ApiKeys: 'STEPWISE_API_KEYS',
  Host: 'HOST',
  MaxHistoryEvents: 'MAX_HISTORY_EVENTS',
  ActivityPollMs: 'ACTIVITY_POLL_MS',
  NodeEnv: 'NODE_ENV',
} as const;
export type SettingName = (typeof SettingName)[keyof typeof SettingName];
