import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { QUEUE_PREFIX, QueueName, TASK_OUTCOME_GROUP, taskOutcomeStream } from '@lib/contracts';
import { TaskQueueRepository } from './task-queue.repository';

/** The job states a queue depth is reported for. */
export const QUEUE_DEPTH_STATES = ['waiting', 'active', 'delayed'] as const;
export type QueueDepthState = (typeof QUEUE_DEPTH_STATES)[number];

/**
 * Looks at Redis and the Stepwise queues for /health and /metrics, on a connection of its own
 * (a probe must not wait behind the engine's work). Reads only: it never writes to a queue.
 */
export class QueueProbeRepository {
  private readonly queues = new Map<string, Queue>();
  private readonly taskQueues: TaskQueueRepository;

  constructor(private readonly redis: Redis) {
    this.taskQueues = new TaskQueueRepository(redis);
  }

  static connect(redisUrl: string): QueueProbeRepository {
    // One retry, so a probe during an outage fails instead of waiting for Redis to come back.
    const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    redis.on('error', () => undefined); // reported by the probes that fail
    return new QueueProbeRepository(redis);
  }

  async ping(): Promise<void> {
    await this.redis.ping();
  }

  /** The coordinator queue and the queue of every handler a worker has registered, sorted. */
  async queueNames(): Promise<string[]> {
    return [QueueName.Coordinator, ...(await this.taskQueues.names())];
  }

  async depth(name: string): Promise<Record<QueueDepthState, number>> {
    const counts = await this.queue(name).getJobCounts(...QUEUE_DEPTH_STATES);
    return { waiting: counts.waiting ?? 0, active: counts.active ?? 0, delayed: counts.delayed ?? 0 };
  }

  /**
   * Task outcomes workers reported that no coordinator has applied yet: `waiting` to be read,
   * `active` read by a coordinator and not yet acknowledged (being applied, or held by one that died).
   */
  async outcomeBacklog(): Promise<Record<'waiting' | 'active', number>> {
    const stream = taskOutcomeStream(QUEUE_PREFIX);
    const [length, pending] = await Promise.all([
      this.redis.xlen(stream),
      // No group yet (no coordinator has read the stream): nothing is being applied.
      this.redis.xpending(stream, TASK_OUTCOME_GROUP).then(([count]) => Number(count), () => 0),
    ]);
    return { waiting: Math.max(0, length - pending), active: pending };
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.redis.disconnect();
  }

  private queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (queue === undefined) {
      // skipMetasUpdate: looking at a queue must not write to it.
      queue = new Queue(name, { connection: this.redis, prefix: QUEUE_PREFIX, skipMetasUpdate: true });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }
}
