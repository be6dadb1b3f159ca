import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { ConfigService } from '@lib/config';
import { QUEUE_PREFIX, QueueName } from '@lib/contracts';
import { TaskQueueRepository } from '@lib/observability';

/** Where the board is served on the coordinator's HTTP port. */
export const BULL_BOARD_PATH = '/queues';

/** Where Bull Board shows one job. */
export function bullBoardJobUrl(queue: string, jobId: string): string {
  return `${BULL_BOARD_PATH}/queue/${encodeURIComponent(queue)}/${encodeURIComponent(jobId)}`;
}

/** How often the board looks for task queues of handlers that appeared since it last looked. */
export const BULL_BOARD_REFRESH_MS = 5_000;

/** The express app under Nest; only `use` is needed, and express ships no types here. */
interface ExpressInstance {
  use(path: string, handler: unknown): unknown;
}

/**
 * Serves Bull Board over every Stepwise queue, on its own Redis connection. Task queues are
 * added as workers register their handlers; a name once served stays served, so none is removed.
 */
@Injectable()
export class BullBoardService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('BullBoard');
  private readonly queues = new Map<string, Queue>();
  private redis: Redis | undefined;
  private board: ReturnType<typeof createBullBoard> | undefined;
  private refreshTimer: NodeJS.Timeout | undefined;
  private reportedProblem = false;

  constructor(
    private readonly config: ConfigService,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  // Mounted in onModuleInit: Nest adds its not-found handler after the init hooks, and a router
  // used after that would never be reached.
  onModuleInit(): void {
    const { redisUrl } = this.config.settings;
    const httpAdapter = this.adapterHost.httpAdapter;
    if (!redisUrl) {
      this.logger.warn(`REDIS_URL is not set: no Bull Board at ${BULL_BOARD_PATH}`);
      return;
    }
    if (httpAdapter?.getType() !== 'express') {
      this.logger.warn(`not served by express: no Bull Board at ${BULL_BOARD_PATH}`);
      return;
    }
    const redis = new Redis(redisUrl);
    redis.on('error', (error: Error) => this.reportProblem(error));
    this.redis = redis;
    const serverAdapter = new ExpressAdapter().setBasePath(BULL_BOARD_PATH);
    this.board = createBullBoard({
      queues: [this.adapterFor(QueueName.Coordinator, redis)],
      serverAdapter,
      options: { uiConfig: { boardTitle: 'Stepwise' } },
    });
    httpAdapter.getInstance<ExpressInstance>().use(BULL_BOARD_PATH, serverAdapter.getRouter());
    const taskQueues = new TaskQueueRepository(redis);
    const refresh = () => void this.addTaskQueues(taskQueues, redis);
    refresh();
    this.refreshTimer = setInterval(refresh, BULL_BOARD_REFRESH_MS).unref();
    const mode = this.config.settings.bullBoardReadOnly ? 'read-only' : 'with actions enabled';
    this.logger.log(`Bull Board at ${BULL_BOARD_PATH} (${mode})`);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.refreshTimer);
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.redis?.disconnect();
  }

  private async addTaskQueues(taskQueues: TaskQueueRepository, redis: Redis): Promise<void> {
    try {
      for (const name of await taskQueues.names()) {
        if (!this.queues.has(name)) this.board?.addQueue(this.adapterFor(name, redis));
      }
      this.reportedProblem = false;
    } catch (error) {
      this.reportProblem(error as Error);
    }
  }

  private adapterFor(name: string, redis: Redis): BullMQAdapter {
    // skipMetasUpdate: looking at a queue must not write to it.
    const queue = new Queue(name, { connection: redis, prefix: QUEUE_PREFIX, skipMetasUpdate: true });
    queue.on('error', (error: Error) => this.reportProblem(error));
    this.queues.set(name, queue);
    return new BullMQAdapter(queue, { readOnlyMode: this.config.settings.bullBoardReadOnly });
  }

  /** Once per outage, not once per reconnect attempt or refresh. */
  private reportProblem(error: Error): void {
    if (this.reportedProblem) return;
    this.reportedProblem = true;
    this.logger.warn(`cannot read the queues: ${error.message}`);
  }
}
