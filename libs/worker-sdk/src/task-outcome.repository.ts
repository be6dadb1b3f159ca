import { taskOutcomeEntryFields, taskOutcomeStream, type TaskJob, type TaskOutcome } from '@lib/contracts';
import type { Redis } from 'ioredis';

/**
 * Reports task outcomes to the coordinators: one entry per attempt on the outcome stream, which
 * coordinators read in batches. A second report of the same attempt (a redelivered task) adds a
 * second entry; the coordinator finds that transition applied and changes nothing.
 */
export class TaskOutcomeRepository {
  private readonly stream: string;

  constructor(
    private readonly redis: Redis,
    queuePrefix: string,
  ) {
    this.stream = taskOutcomeStream(queuePrefix);
  }

  async report(task: TaskJob, outcome: TaskOutcome): Promise<void> {
    await this.redis.xadd(this.stream, '*', ...taskOutcomeEntryFields(task, outcome));
  }
}
