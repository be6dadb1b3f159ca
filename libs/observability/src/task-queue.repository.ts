import { TASK_HANDLER_REGISTRY, taskQueueName } from '@lib/contracts';
import type { Redis } from 'ioredis';

/**
 * Which task queues exist, read from the handler registry every worker writes to. The registry
 * is one small set; scanning for BullMQ's `bull:stepwise-task-*` keys would walk every key of
 * every execution instead.
 */
export class TaskQueueRepository {
  constructor(private readonly redis: Redis) {}

  /** The queue of every handler a worker has served, sorted. */
  async names(): Promise<string[]> {
    const handlers = await this.redis.smembers(TASK_HANDLER_REGISTRY);
    return [...new Set(handlers.map(taskQueueName))].sort();
  }
}
