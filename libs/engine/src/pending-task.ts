import { resolveMachine, taskTarget, type HistoryEvent, type Json, type StateMachineDefinition, type TaskDefinition } from '@lib/asl';
import { jobIds, taskQueueName } from '@lib/contracts';
import type { RunRecord } from './execution-record';

/** A Task attempt an execution waits on: what it was sent, and the BullMQ job that carries it. */
export interface PendingTask {
  readonly executionArn: string;
  readonly stateMachineArn: string;
  readonly runId: string;
  readonly stateName: string;
  /** The Task state's Resource, as the definition names it. */
  readonly resource: string;
  /** The effective input (Parameters or Arguments), as the Scheduled event recorded it. */
  readonly input: Json;
  /** 1 for the first attempt, 2 for the first retry, ... */
  readonly attempt: number;
  /** When the attempt was scheduled (epoch ms). */
  readonly scheduledDate: number;
  /** Set for a callback (`.waitForTaskToken`) or activity task: what SendTaskSuccess names. */
  readonly taskToken?: string;
  /** The task queue of the handler serving it, and the job id of this attempt there. */
  readonly queue: string;
  readonly jobId: string;
}

/** The execution fields a pending task is described with. */
export interface PendingTaskExecution {
  readonly id: string;
  readonly arn: string;
  readonly stateMachineArn: string;
  readonly definition: StateMachineDefinition;
}

/** A run waiting on a task attempt, with its run id; undefined for any other run. */
export function awaitedTask(runId: string, run: RunRecord) {
  const state = run.snapshot.state;
  const awaiting = state?.awaiting;
  if (state === undefined || awaiting?.kind !== 'task') return undefined;
  return { runId, run, state, awaiting };
}
export type AwaitedTask = NonNullable<ReturnType<typeof awaitedTask>>;

/**
 * Describes a waiting task from its execution, its run and the attempt's Scheduled event (which
 * holds the effective input and the time). Pure: the repository reads, this shapes.
 */
export function pendingTask(execution: PendingTaskExecution, task: AwaitedTask, scheduled: HistoryEvent | undefined): PendingTask {
  const definition = resolveMachine(execution.definition, task.run.snapshot.machine).States[task.state.name] as TaskDefinition;
  const details = scheduled?.details ?? {};
  const input = (details.parameters ?? details.input ?? task.state.input) as Json;
  const handler = taskTarget(definition.Resource, input).handler;
  const where = { executionId: execution.id, runId: task.runId, awaitId: task.awaiting.id };
  return {
    executionArn: execution.arn,
    stateMachineArn: execution.stateMachineArn,
    runId: task.runId,
    stateName: task.state.name,
    resource: definition.Resource,
    input,
    attempt: task.awaiting.attempt,
    scheduledDate: scheduled?.timestamp ?? task.state.enteredTime,
    ...(task.awaiting.taskToken !== undefined && { taskToken: task.awaiting.taskToken }),
    queue: taskQueueName(handler),
    jobId: jobIds.task(where),
  };
}

/** Whether a history event is a task attempt's `*Scheduled` event (Task, LambdaFunction, Activity). */
export function isScheduledEvent(event: HistoryEvent): boolean {
  return event.type.endsWith('Scheduled');
}
