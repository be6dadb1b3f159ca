import { jobIds, type TaskJob, type TaskOutcome } from '@lib/contracts';
import type { CancellationListener } from './cancellation.listener';
import type { HeartbeatRepository } from './heartbeat.repository';
import type { TaskContext, TaskHandler } from './task-handler';
import { failedOutcome, succeededOutcome } from './task-outcome';

/** What running a task needs besides the task. */
export interface TaskRunnerDependencies {
  readonly heartbeats: HeartbeatRepository;
  readonly maxResultBytes: number;
  readonly cancellations: CancellationListener;
}

/**
 * Runs one delivery of a task attempt through its handler and returns the outcome to report. For
 * a `.waitForTaskToken` task the coordinator records only that the task started (its result comes
 * with SendTaskSuccess or SendTaskFailure, as on AWS); a failure of the handler fails it. Past its
 * TimeoutSeconds there is nothing to report: the coordinator fails the task with States.Timeout on
 * its own timer, and a report would race it.
 */
export async function runTask(handler: TaskHandler, task: TaskJob, deps: TaskRunnerDependencies): Promise<TaskOutcome | undefined> {
  const controller = new AbortController();
  const unwatch = deps.cancellations.watch(jobIds.task(task), controller);
  let timedOut = false;
  const timer =
    task.timeoutSeconds === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          controller.abort(timeoutReason(task));
        }, task.timeoutSeconds * 1000);
  const context: TaskContext = {
    idempotencyKey: task.idempotencyKey,
    attempt: task.attempt,
    stateName: task.stateName,
    resource: task.resource,
    ...(task.taskToken !== undefined && { taskToken: task.taskToken }),
    signal: controller.signal,
    heartbeat: () => deps.heartbeats.beat(task),
  };
  // The attempt has started: the coordinator's heartbeat check counts from here. A Redis failure
  // here is not the task's: it propagates, and BullMQ delivers the task again.
  await deps.heartbeats.beat(task);
  try {
    const result = await handler(task.input, context);
    return succeededOutcome(isCallback(task) ? null : result, deps.maxResultBytes);
  } catch (thrown) {
    return timedOut ? undefined : failedOutcome(thrown);
  } finally {
    clearTimeout(timer);
    unwatch();
  }
}

/**
 * A `.waitForTaskToken` task, whose result is what SendTaskSuccess sends. An activity task also
 * carries a token (a poller could have taken it instead), but a handler's result is its result.
 */
function isCallback(task: TaskJob): boolean {
  return task.taskToken !== undefined && task.resource.endsWith('.waitForTaskToken');
}

/** The signal's reason when TimeoutSeconds elapse; the coordinator fails the task on its own timer. */
function timeoutReason(task: TaskJob): DOMException {
  return new DOMException(`The task ran past its TimeoutSeconds (${task.timeoutSeconds} s)`, 'TimeoutError');
}
