import { Injectable } from '@nestjs/common';
import { Histogram, Registry } from 'prom-client';
import type { TaskHandler } from '@lib/worker-sdk';

/** Bucket bounds in seconds: from a fast in-process handler to an HTTP call near its timeout. */
const TASK_DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/** `stepwise_task_duration_seconds{handler,outcome}`: how long each handler of this worker takes. */
@Injectable()
export class TaskMetrics {
  private readonly duration: Histogram<'handler' | 'outcome'>;

  constructor(registry: Registry) {
    this.duration = new Histogram({
      name: 'stepwise_task_duration_seconds',
      help: 'Time a Task handler took, by handler and outcome (succeeded, failed)',
      labelNames: ['handler', 'outcome'],
      buckets: TASK_DURATION_BUCKETS,
      registers: [registry],
    });
  }

  /** The same handlers, each timed. */
  timed(handlers: Readonly<Record<string, TaskHandler>>): Record<string, TaskHandler> {
    return Object.fromEntries(Object.entries(handlers).map(([handler, handle]) => [handler, this.timedHandler(handler, handle)]));
  }

  private timedHandler(handler: string, handle: TaskHandler): TaskHandler {
    return async (input, ctx) => {
      const stop = this.duration.startTimer({ handler });
      try {
        const result = await handle(input, ctx);
        stop({ outcome: 'succeeded' });
        return result;
      } catch (error) {
        stop({ outcome: 'failed' });
        throw error;
      }
    };
  }
}
