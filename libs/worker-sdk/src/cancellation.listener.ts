import { TASK_CANCELLATION_CHANNEL } from '@lib/contracts';
import type { Redis } from 'ioredis';
import type { WorkerLogger } from './worker-logger';

/**
 * Listens for cancelled task attempts (StopExecution, a task timeout) and aborts the signal of the
 * matching running handler. One subscriber connection per worker.
 */
export class CancellationListener {
  private readonly running = new Map<string, AbortController>();
  private readonly subscriber: Redis;

  constructor(client: Redis, logger: WorkerLogger) {
    this.subscriber = client.duplicate();
    this.subscriber.on('error', (error) => logger.error(`cancellations: ${error.message}`));
    this.subscriber.on('message', (_channel: string, taskJobId: string) => this.running.get(taskJobId)?.abort(new Error('The task was cancelled')));
    this.subscriber.subscribe(TASK_CANCELLATION_CHANNEL).catch((error: Error) => logger.error(`cancellations: ${error.message}`));
  }

  /** Watches a running attempt until the returned function is called. */
  watch(taskJobId: string, controller: AbortController): () => void {
    this.running.set(taskJobId, controller);
    return () => this.running.delete(taskJobId);
  }

  close(): void {
    this.subscriber.disconnect();
  }
}
