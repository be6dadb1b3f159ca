import { missingHandler, type Command, type StepEvent, type StepResult } from '@lib/asl';
import { JobName, QueueName, jobIds, taskOutcomeJob, taskQueueName, type TaskJob, type TransitionJob } from '@lib/contracts';
import { nestedExecutionOutcome } from './nested/nested-execution-result';
import { childRunId, withoutResults, type ExecutionRecord, type RunRecord } from './execution-record';
import type { OutgoingJob } from './outgoing-job';
import type { Keys } from './keys';
import { transitionJobIds } from './transition-job-ids';

/** What a step asks of the world, as records to store and jobs to send. */
export interface JobPlan {
  readonly jobs: OutgoingJob[];
  readonly children: Record<string, RunRecord>;
  /** A finished child's completion, left in its parent's inbox for the parent's next drain. */
  completion?: ChildCompletion;
}

/** A finished child's ChildCompleted event, by `<awaitId>:<index>`, and the drain job that applies it. */
export interface ChildCompletion {
  readonly parentRunId: string;
  readonly field: string;
  readonly event: StepEvent;
  readonly drain: OutgoingJob;
}

/**
 * Turns a step's commands into jobs with deterministic ids: task attempts on their handler's
 * queue (or, for a handler no worker ever served, the failure AWS gives a missing function),
 * timers as delayed transition jobs, children as runs of their own (`started`: those whose start
 * the same transition applied, with what it asks), and a finished child's completion for its
 * parent. Pure: the ids and delays depend only on its arguments.
 */
export function planJobs(
  execution: ExecutionRecord,
  runId: string,
  run: RunRecord,
  result: StepResult,
  now: number,
  keys: Keys,
  started: ReadonlyMap<string, StepResult>,
  unserved: ReadonlySet<string>,
): JobPlan {
  const plan: JobPlan = { jobs: [], children: {} };
  const id = execution.id;
  planCommands({ plan, execution, now, keys, started, unserved }, runId, result.commands);
  const s = result.snapshot;
  if (s.status !== 'RUNNING' && !run.parent && execution.parent) {
    const parent = execution.parent;
    const ended = { ...execution, status: s.status, output: s.output, error: s.error, cause: s.cause, stopDate: now };
    const task = { executionId: parent.executionId, runId: parent.runId, awaitId: parent.awaitId };
    plan.jobs.push(transition(jobIds.taskOutcome(task), taskOutcomeJob(task, nestedExecutionOutcome(ended, parent.pattern))));
  }
  if (s.status !== 'RUNNING' && run.parent) {
    const { runId: parentId, awaitId, index } = run.parent;
    plan.completion = {
      parentRunId: parentId,
      field: `${awaitId}:${index}`,
      // The output is stored by the child's commit in the fan-out's results hash, not carried here.
      event: { type: 'ChildCompleted', awaitId, index, status: s.status, error: s.error, cause: s.cause },
      drain: drainJob(transitionJobIds.childDrain({ executionId: id, runId: parentId, awaitId }, index), id, parentId),
    };
  }
  return plan;
}

/** A job that applies the completions waiting in a run's inbox. */
export function drainJob(jobId: string, executionId: string, runId: string): OutgoingJob {
  return transition(jobId, { executionId, runId, events: [], drain: true });
}

/** What every command of one transition is planned with. */
interface Planning {
  readonly plan: JobPlan;
  readonly execution: ExecutionRecord;
  readonly now: number;
  readonly keys: Keys;
  readonly started: ReadonlyMap<string, StepResult>;
  /** Handler names no worker ever served. */
  readonly unserved: ReadonlySet<string>;
}

function planCommands(p: Planning, runId: string, commands: readonly Command[]): void {
  for (const command of commands) planCommand(p, runId, command);
}

function planCommand(p: Planning, runId: string, command: Command): void {
  const { plan, now, keys, started } = p;
  const id = p.execution.id;
  switch (command.kind) {
    case 'RunTask': {
      if (p.unserved.has(command.handler)) {
        const where = { executionId: id, runId, awaitId: command.awaitId };
        plan.jobs.push(transition(jobIds.taskOutcome(where), taskOutcomeJob(where, missingHandler(command, p.execution))));
        return;
      }
      const task: TaskJob = {
        executionId: id,
        runId,
        awaitId: command.awaitId,
        stateName: command.stateName,
        resource: command.resource,
        handler: command.handler,
        input: command.input,
        attempt: command.attempt,
        idempotencyKey: `${id}.${runId}.${command.stateName}.${command.attempt}`,
        ...(command.taskToken !== undefined && { taskToken: command.taskToken }),
        ...(command.timeoutSeconds !== undefined && { timeoutSeconds: command.timeoutSeconds }),
        ...(command.heartbeatSeconds !== undefined && {
          heartbeatSeconds: command.heartbeatSeconds,
          heartbeatKey: keys.heartbeat(id, runId, command.awaitId),
        }),
      };
      plan.jobs.push({ queue: taskQueueName(command.handler), name: JobName.Task, data: task, opts: { jobId: jobIds.task(task) } });
      const where = { executionId: id, runId, awaitId: command.awaitId };
      if (command.timeoutSeconds !== undefined) {
        const events: TransitionJob['events'] = [{ type: 'TaskTimedOut', awaitId: command.awaitId }];
        plan.jobs.push(transition(transitionJobIds.taskTimeout(where), { executionId: id, runId, events }, command.timeoutSeconds * 1000));
      }
      if (command.heartbeatSeconds !== undefined) {
        const events: TransitionJob['events'] = [{ type: 'TaskTimedOut', awaitId: command.awaitId, heartbeat: true }];
        const job: TransitionJob = { executionId: id, runId, events, checkHeartbeat: command.heartbeatSeconds };
        plan.jobs.push(transition(transitionJobIds.heartbeatCheck(where, 1), job, command.heartbeatSeconds * 1000));
      }
      return;
    }
    case 'StartTimer': {
      const events: TransitionJob['events'] = [{ type: 'TimerFired', awaitId: command.awaitId }];
      plan.jobs.push(transition(transitionJobIds.timer({ executionId: id, runId, awaitId: command.awaitId }), { executionId: id, runId, events }, command.dueAt - now));
      return;
    }
    case 'StartChild': {
      const child = childRunId(runId, command.awaitId, command.index);
      const parent = { runId, awaitId: command.awaitId, index: command.index };
      const early = started.get(child);
      if (early) {
        plan.children[child] = { snapshot: withoutResults(early.snapshot), version: 1, parent };
        planCommands(p, child, early.commands);
        return;
      }
      plan.children[child] = { snapshot: command.child, version: 0, parent };
      plan.jobs.push(transition(transitionJobIds.start({ executionId: id, runId: child }), { executionId: id, runId: child, events: [{ type: 'Start' }] }));
      return;
    }
    case 'StopChildren':
      for (const index of command.indexes) {
        const child = childRunId(runId, command.awaitId, index);
        plan.jobs.push(transition(transitionJobIds.stop({ executionId: id, runId: child }), { executionId: id, runId: child, events: [{ type: 'Stop' }] }));
      }
      return;
    case 'CancelTask':
      return; // a late result carries an old awaitId and is ignored
  }
}

/** A transition job on the coordinator queue, delayed by `delayMs` when it is a timer. */
export function transition(jobId: string, data: TransitionJob, delayMs = 0): OutgoingJob {
  return {
    queue: QueueName.Coordinator,
    name: JobName.Transition,
    data,
    opts: delayMs > 0 ? { jobId, delay: Math.ceil(delayMs) } : { jobId },
  };
}
