import type { Json } from '@lib/asl';
import { DEFAULT_JOB_OPTIONS } from '@lib/engine';
import { FlowProducer, Worker } from 'bullmq';
import type { Redis } from 'ioredis';

/**
 * The hand-written alternative to a Parallel of Tasks: a BullMQ flow, one child job per branch
 * (an echo) under a parent job that runs once all children are done and collects their values.
 */
export class BullmqFlowBaseline {
  private readonly flows: FlowProducer;
  private readonly children: Worker<Json>;
  private readonly parent: Worker<{ flow: number }>;
  private readonly waiting = new Map<number, (values: Json[]) => void>();
  private count = 0;

  constructor(
    connection: Redis,
    private readonly queueName: string,
    concurrency: number,
  ) {
    this.flows = new FlowProducer({ connection });
    this.children = new Worker<Json>(`${queueName}-children`, async (job) => job.data, { connection, concurrency });
    this.parent = new Worker<{ flow: number }>(
      `${queueName}-parent`,
      async (job) => {
        const values = Object.values(await job.getChildrenValues()) as Json[];
        this.waiting.get(job.data.flow)?.(values);
        this.waiting.delete(job.data.flow);
      },
      { connection, concurrency },
    );
  }

  /** Adds one flow with a child per input and resolves with the children's values once the parent has run. */
  async run(inputs: readonly Json[]): Promise<Json[]> {
    const flow = ++this.count;
    const done = new Promise<Json[]>((resolve) => this.waiting.set(flow, resolve));
    await this.flows.add({
      name: 'parallel',
      queueName: `${this.queueName}-parent`,
      data: { flow },
      opts: DEFAULT_JOB_OPTIONS,
      children: inputs.map((data) => ({ name: 'branch', queueName: `${this.queueName}-children`, data, opts: DEFAULT_JOB_OPTIONS })),
    });
    return done;
  }

  async close(): Promise<void> {
    await Promise.all([this.children.close(), this.parent.close()]);
    await this.flows.close();
  }
}
