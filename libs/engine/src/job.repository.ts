import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';
import type { OutgoingJob } from './outgoing-job';

/**
 * How long finished jobs are kept, so that re-adding a job with the same id (a replay after a
 * crash) finds it and adds nothing.
 */
export const KEEP_FINISHED_JOBS_SECONDS = 3600;

/** Defaults of every job Stepwise adds. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  removeOnComplete: { age: KEEP_FINISHED_JOBS_SECONDS },
  removeOnFail: { age: 24 * KEEP_FINISHED_JOBS_SECONDS },
  attempts: 10,
  backoff: { type: 'exponential', delay: 100 },
};

/** Adds jobs to BullMQ queues, one Queue per name, created on first use. */
export class JobRepository {
  private readonly queues = new Map<string, Queue>();

  constructor(
    private readonly connection: ConnectionOptions,
    private readonly prefix?: string,
    private readonly onError?: (error: Error) => void,
  ) {}

  queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
      queue.on('error', (error) => this.onError?.(error));
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Adds the jobs, one round trip per queue. Jobs whose id exists are left as they are. */
  async send(jobs: readonly OutgoingJob[]): Promise<void> {
    const byQueue = new Map<string, OutgoingJob[]>();
    for (const job of jobs) {
      const list = byQueue.get(job.queue);
      if (list) list.push(job);
      else byQueue.set(job.queue, [job]);
    }
    await Promise.all(
      [...byQueue].map(([name, list]) =>
        list.length === 1
          ? this.queue(name).add(list[0].name, list[0].data, list[0].opts)
          : this.queue(name).addBulk(list.map((j) => ({ name: j.name, data: j.data, opts: j.opts }))),
      ),
    );
  }

  /** Removes a job that is not running (a timer no longer needed); nothing when there is none. */
  async remove(queue: string, jobId: string): Promise<void> {
    await this.queue(queue).remove(jobId);
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.queues.clear();
  }
}
