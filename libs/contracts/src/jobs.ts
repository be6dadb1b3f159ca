import type { Json, StepEvent } from '@lib/asl';

/** Names of the BullMQ jobs Stepwise adds. */
export const JobName = {
  /** Apply events to one run of an execution (coordinator queue). */
  Transition: 'transition',
  /** Run one attempt of a Task state (a task queue). */
  Task: 'task',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

/** A coordinator job: events for one run (the execution, a Parallel branch or a Map iteration). */
export interface TransitionJob {
  readonly executionId: string;
  readonly runId: string;
  readonly events: StepEvent[];
  /**
   * A heartbeat timer: apply the events (a heartbeat timeout) only if no heartbeat came within
   * this many seconds; otherwise check again later.
   */
  readonly checkHeartbeat?: number;
  /**
   * Apply every child completion waiting in the run's inbox, in one step, instead of `events`:
   * the children of a Map or Parallel finish at once, and one transition for many of them keeps
   * them from conflicting on their parent.
   */
  readonly drain?: boolean;
}

/** A task job: one attempt of a Task state, served by the handler its queue is named after. */
export interface TaskJob {
  readonly executionId: string;
  readonly runId: string;
  /** The wait this attempt answers; the outcome must carry it. */
  readonly awaitId: number;
  readonly stateName: string;
  readonly resource: string;
  readonly handler: string;
  readonly input: Json;
  /** 1 for the first attempt, 2 for the first retry, ... */
  readonly attempt: number;
  /** The same for every delivery of this attempt: execution, run, state, attempt. */
  readonly idempotencyKey: string;
  readonly taskToken?: string;
  readonly timeoutSeconds?: number;
  readonly heartbeatSeconds?: number;
  /** With heartbeatSeconds: the Redis key the worker sets (epoch ms) on each heartbeat. */
  readonly heartbeatKey?: string;
  /**
   * An Express execution's task: the coordinator running it in memory awaits the BullMQ job's
   * return value (a TaskOutcome); the worker reports no transition job.
   */
  readonly express?: boolean;
}

/**
 * Deterministic BullMQ job ids, so that a job added twice (a replay after a crash, a worker
 * reporting twice) exists once. Ids never contain `:`.
 */
export const jobIds = {
  task: (j: Pick<TaskJob, 'executionId' | 'runId' | 'awaitId'>) => `${j.executionId}.${j.runId}.${j.awaitId}.task`,
  /** The outcome of a task attempt, reported by the worker. */
  taskOutcome: (j: Pick<TaskJob, 'executionId' | 'runId' | 'awaitId'>) =>
    `${j.executionId}.${j.runId}.${j.awaitId}.outcome`,
};

/** What a worker reports for a task attempt: its result, or an ASL error name and cause. */
export type TaskOutcome = { readonly output: Json } | { readonly error: string; readonly cause?: string };

/** The transition job of an ended attempt (a worker reports it on the outcome stream): TaskStarted and the outcome, applied together. */
export function taskOutcomeJob(task: Pick<TaskJob, 'executionId' | 'runId' | 'awaitId'>, outcome: TaskOutcome): TransitionJob {
  const ended: StepEvent =
    'output' in outcome
      ? { type: 'TaskSucceeded', awaitId: task.awaitId, output: outcome.output }
      : { type: 'TaskFailed', awaitId: task.awaitId, error: outcome.error, ...(outcome.cause !== undefined && { cause: outcome.cause }) };
  return {
    executionId: task.executionId,
    runId: task.runId,
    events: [{ type: 'TaskStarted', awaitId: task.awaitId }, ended],
  };
}

/**
 * How long a heartbeat key lives: this many heartbeat periods, so the coordinator's check after one
 * period finds it, while a key whose task is long gone does not stay in Redis.
 */
export function heartbeatTtlMs(heartbeatSeconds: number): number {
  return heartbeatSeconds * 1000 * HEARTBEAT_TTL_PERIODS;
}

const HEARTBEAT_TTL_PERIODS = 3;

/**
 * Redis pub/sub channel on which the coordinator names (by `jobIds.task`) task attempts whose
 * results are no longer wanted (the execution stopped, the task timed out); workers abort the
 * handler's signal. Best effort: a late result is ignored anyway.
 */
export const TASK_CANCELLATION_CHANNEL = 'stepwise:cancelled-tasks';
