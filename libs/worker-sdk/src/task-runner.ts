import type { TaskJob, TaskOutcome } from '@lib/contracts';
import type { HeartbeatRepository } from './heartbeat.repository';
import type { TaskContext, TaskHandler } from './task-handler';
import { failedOutcome, succeededOutcome } from './task-outcome';

/** What running a task needs besides the task. */
export interface TaskRunnerDependencies {
  readonly heartbeats: HeartbeatRepository;
  readonly maxResultBytes: number;
}

/**
 * Runs one delivery of a task attempt through its handler and returns the outcome to report, or
 * undefined when there is none yet: a `.waitForTaskToken` task that the handler did not fail
 * waits for SendTaskSuccess or SendTaskFailure with its token, as on AWS.
 */
export async function runTask(handler: TaskHandler, task: TaskJob, deps: TaskRunnerDependencies): Promise<TaskOutcome | undefined> {
  const controller = new AbortController();
  const timer = task.timeoutSeconds === undefined ? undefined : setTimeout(() => controller.abort(timeoutReason(task)), task.timeoutSeconds * 1000);
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
    return task.taskToken === undefined ? succeededOutcome(result, deps.maxResultBytes) : undefined;
  } catch (thrown) {
    return failedOutcome(thrown);
  } finally {
    clearTimeout(timer);
  }
}

/** The signal's reason when TimeoutSeconds elapse; the coordinator fails the task on its own timer. */
function timeoutReason(task: TaskJob): DOMException {
  return new DOMException(`The task ran past its TimeoutSeconds (${task.timeoutSeconds} s)`, 'TimeoutError');
}
