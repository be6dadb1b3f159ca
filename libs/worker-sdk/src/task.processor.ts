import type { TaskJob, TaskOutcome } from '@lib/contracts';
import type { Job } from 'bullmq';
import type { TaskHandler } from './task-handler';
import { WorkerErrorName } from './task-outcome';
import type { TaskOutcomeRepository } from './task-outcome.repository';
import { runTask, type TaskRunnerDependencies } from './task-runner';

export interface TaskProcessorDependencies extends TaskRunnerDependencies {
  readonly outcomes: TaskOutcomeRepository;
  readonly maxStalledCount: number;
}

/**
 * Consumes the task queue of one handler: runs each delivered attempt and reports its outcome to
 * the outcome stream before BullMQ completes the task job. If the worker dies in between, the
 * job is delivered again and the outcome reported again, under the same transition id.
 */
export class TaskProcessor {
  constructor(
    private readonly handler: TaskHandler,
    private readonly deps: TaskProcessorDependencies,
  ) {}

  /** Runs the attempt; an Express execution's task returns its outcome as the job's result instead of reporting it. */
  async process(job: Job<TaskJob>): Promise<TaskOutcome | undefined> {
    const task = job.data;
    const outcome: TaskOutcome | undefined =
      job.stalledCounter >= this.deps.maxStalledCount
        ? {
            error: WorkerErrorName.TaskFailed,
            cause: `The task lost its worker ${job.stalledCounter} times (a worker stopped, or blocked its event loop past the lock duration), so it was not run again.`,
          }
        : await runTask(this.handler, task, this.deps);
    if (task.express) return outcome ?? { error: 'States.Timeout', cause: '' };
    if (outcome) await this.deps.outcomes.report(task, outcome);
    return undefined;
  }
}
