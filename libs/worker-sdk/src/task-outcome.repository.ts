import { JobName, QueueName, jobIds, taskOutcomeJob, type TaskJob, type TaskOutcome, type TransitionJob } from '@lib/contracts';
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { WorkerLogger } from './worker-logger';

/**
 * How long a reported outcome stays in the coordinator queue after it is processed, so that a
 * second report of the same attempt (a redelivered task) finds it and adds nothing. Matches the
 * coordinator's own transition jobs.
 */
export const KEEP_OUTCOME_SECONDS = 3600;

/**
 * Options of an outcome job, as the coordinator gives its own transition jobs: kept for a while
 * after processing, and retried if a coordinator fails while applying it.
 */
export const OUTCOME_JOB_OPTIONS: JobsOptions = {
  removeOnComplete: { age: KEEP_OUTCOME_SECONDS },
  removeOnFail: { age: 24 * KEEP_OUTCOME_SECONDS },
  attempts: 10,
  backoff: { type: 'exponential', delay: 100 },
};

/** Reports task outcomes to the coordinator queue, one job per attempt. */
export class TaskOutcomeRepository {
  private readonly queue: Queue<TransitionJob>;

  constructor(connection: Redis, prefix: string | undefined, logger: WorkerLogger) {
    this.queue = new Queue<TransitionJob>(QueueName.Coordinator, { connection, prefix });
    this.queue.on('error', (error) => logger.error(`coordinator queue: ${error.message}`));
  }

  /** Adds the outcome as a transition job whose id is the attempt's, so a repeated report exists once. */
  async report(task: TaskJob, outcome: TaskOutcome): Promise<void> {
    await this.queue.add(JobName.Transition, taskOutcomeJob(task, outcome), {
      ...OUTCOME_JOB_OPTIONS,
      jobId: jobIds.taskOutcome(task),
    });
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}
