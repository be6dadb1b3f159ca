import type { Json } from '../json';
import type { StateMachineDefinition } from '../definition/state-machine.definition';
import type { Entropy } from '../runtime/entropy';
import type { HistoryEvent } from '../runtime/history-event';
import type { Clock } from './clock';

/** What a task handler receives besides its input. */
export interface TaskHandlerContext {
  /** The Task state's Resource. */
  readonly resource: string;
  /** The handler name the task resolved to (see `taskTarget`). */
  readonly handler: string;
  readonly stateName: string;
  /** 1 for the first attempt, 2 for the first retry, ... */
  readonly attempt: number;
  /** Stable across replays of one attempt: execution, state, attempt. */
  readonly idempotencyKey: string;
  /** Present for `.waitForTaskToken` integrations. */
  readonly taskToken?: string;
  /** Aborted when the execution stops or the task times out. */
  readonly signal: AbortSignal;
  /** Sleeps on the executor's clock (instant under a virtual clock). */
  sleep(seconds: number): Promise<void>;
  /** Reports progress for HeartbeatSeconds. */
  heartbeat(): void;
}

/**
 * Serves a Task. It resolves with the task result, or throws: a thrown value with a string
 * `error` property fails the task with that error and its `cause`; any other Error becomes
 * `{ error: err.name, cause: err.message }`.
 */
export type TaskHandler = (input: Json, context: TaskHandlerContext) => Promise<Json> | Json;

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

export interface ExecutionIdentity {
  /** Execution ARN. */
  readonly executionArn: string;
  readonly name: string;
  readonly stateMachineArn: string;
  readonly stateMachineName: string;
  readonly roleArn: string;
  /** Region and account used to build ARNs (`$partition` etc.). */
  readonly region: string;
  readonly accountId: string;
}

export interface ExecuteOptions {
  readonly definition: StateMachineDefinition;
  readonly input: Json;
  /**
   * Handlers by name: a Lambda function name (from a function ARN or `lambda:invoke`'s
   * FunctionName), an activity name, or a full Resource string.
   */
  readonly handlers: Readonly<Record<string, TaskHandler>>;
  /** Serves every task no named handler serves (e.g. by sending it to a worker). */
  readonly defaultHandler?: TaskHandler;
  /** Defaults to a virtual clock starting at `startTime` (time is skipped, never slept). */
  readonly clock?: Clock;
  readonly entropy: Entropy;
  readonly identity?: Partial<ExecutionIdentity>;
  readonly type?: 'STANDARD' | 'EXPRESS';
  /** Started by StartSyncExecution (an Express execution whose caller waits for the result). */
  readonly synchronous?: boolean;
  /** Limits, AWS's by default. */
  readonly limits?: Partial<ExecutionLimits>;
}

export interface ExecutionLimits {
  /** Largest state input/output, task result or execution input, in bytes of JSON. */
  readonly maxPayloadBytes: number;
  readonly maxHistoryEvents: number;
}

export interface ExecutionResult {
  readonly status: Exclude<ExecutionStatus, 'RUNNING'>;
  readonly output?: Json;
  readonly error?: string | null;
  readonly cause?: string | null;
  readonly startDate: number;
  readonly stopDate: number;
  /** AWS execution history events, in order. */
  readonly history: HistoryEvent[];
}

/** A running in-memory execution. */
export interface ExecutionHandle {
  readonly result: Promise<ExecutionResult>;
  /** StopExecution: the execution ends ABORTED. */
  stop(error?: string, cause?: string): void;
}
