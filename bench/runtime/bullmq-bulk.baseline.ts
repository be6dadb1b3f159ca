import type { Json } from '@lib/asl';
import { DEFAULT_JOB_OPTIONS } from '@lib/engine';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';

/** How many jobs one addBulk call adds: BullMQ sends each call as one MULTI. */
const ADD_BULK_CHUNK = 10_000;

/** The hand-written alternative to a Map of Tasks: addBulk one job per item, and process them all. */
export class BullmqBulkBaseline {
  private readonly queue: Queue<Json>;
  private readonly worker: Worker<Json>;
  private processed = 0;
  private target = 0;
  private done: () => void = () => {};

  constructor(connection: Redis, queueName: string, concurrency: number) {
    this.queue = new Queue<Json>(queueName, { connection, defaultJobOptions: DEFAULT_JOB_OPTIONS });
    this.worker = new Worker<Json>(
      queueName,
      async (job) => {
        const output = job.data; // the echo
        if (++this.processed === this.target) this.done();
        return output;
      },
      { connection, concurrency },
    );
  }

  /** Adds one job per item and resolves once every one has been processed. */
  async run(items: readonly Json[]): Promise<void> {
    this.processed = 0;
    this.target = items.length;
    const finished = new Promise<void>((resolve) => (this.done = resolve));
    for (let i = 0; i < items.length; i += ADD_BULK_CHUNK) {
      await this.queue.addBulk(items.slice(i, i + ADD_BULK_CHUNK).map((data) => ({ name: 'item', data })));
    }
    await finished;
  }

  async close(): Promise<void> {
    await this.worker.close();
    await this.queue.close();
  }
}
