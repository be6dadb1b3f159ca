import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@lib/config';
import { createWorker, type Worker } from '@lib/worker-sdk';
import { TaskMetrics } from '../metrics/task.metrics';
import { builtInTaskHandlers } from './task-handlers';

/**
 * Hosts a worker-sdk Worker serving the built-in task handlers on REDIS_URL. Without REDIS_URL
 * the process still starts and answers /health, and says it serves no tasks.
 */
@Injectable()
export class TaskWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('TaskWorker');
  private worker?: Worker;

  constructor(
    private readonly config: ConfigService,
    private readonly metrics: TaskMetrics,
  ) {}

  onApplicationBootstrap(): void {
    const { redisUrl } = this.config.settings;
    if (redisUrl === undefined) {
      this.logger.warn('REDIS_URL is not set: this worker has no Redis and serves no tasks (only /health)');
      return;
    }
    this.worker = createWorker({ connection: { url: redisUrl }, handlers: this.metrics.timed(builtInTaskHandlers()), logger: this.logger });
    // run() settles at shutdown; the Worker logs its own problems.
    void this.worker.run();
  }

  /** On SIGTERM (Nest's shutdown hooks) or app.close(): running tasks finish and report first. */
  async onApplicationShutdown(): Promise<void> {
    await this.worker?.shutdown();
  }
}
