import type { Json } from '@lib/asl';
import { DEFAULT_JOB_OPTIONS } from '@lib/engine';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';

interface ChainStep {
  readonly chain: number;
  readonly step: number;
  readonly steps: number;
  readonly payload: Json;
}

/**
 * The hand-written alternative to a chain of Task states: one BullMQ job per step, whose
 * processor runs the step (an echo) and enqueues the next. Jobs get the runtime's job options
 * (kept an hour, retried), so both keep the same bookkeeping in Redis. The last step resolves the
 * caller in this process, which is the cheapest "done" signal there is.
 */
export class BullmqChainBaseline {
  private readonly queue: Queue<ChainStep>;
  private readonly worker: Worker<ChainStep>;
  private readonly waiting = new Map<number, (output: Json) => void>();
  private count = 0;

  constructor(connection: Redis, queueName: string, concurrency: number) {
    this.queue = new Queue<ChainStep>(queueName, { connection, defaultJobOptions: DEFAULT_JOB_OPTIONS });
    this.worker = new Worker<ChainStep>(
      queueName,
      async (job) => {
        const { chain, step, steps, payload } = job.data;
        const output = echo(payload);
        if (step + 1 < steps) {
          await this.queue.add('step', { chain, step: step + 1, steps, payload: output });
          return;
        }
        this.waiting.get(chain)?.(output);
        this.waiting.delete(chain);
      },
      { connection, concurrency },
    );
  }

  /** Runs one chain of `steps` jobs and resolves with the last step's output. */
  run(steps: number, payload: Json): Promise<Json> {
    const chain = ++this.count;
    const done = new Promise<Json>((resolve) => this.waiting.set(chain, resolve));
    return this.queue.add('step', { chain, step: 0, steps, payload }).then(() => done);
  }

  async close(): Promise<void> {
    await this.worker.close();
    await this.queue.close();
  }
}

const echo = (payload: Json): Json => payload;
