import type { TaskJob } from '@lib/contracts';
import type { Redis } from 'ioredis';

/**
 * A heartbeat outlives this many heartbeat periods, so the coordinator's check after one period
 * finds it, while a key whose task is long gone does not stay in Redis.
 */
export const HEARTBEAT_TTL_PERIODS = 3;

/** Writes a task attempt's heartbeat: the key the coordinator reads when its heartbeat timer fires. */
export class HeartbeatRepository {
  constructor(
    private readonly redis: Redis,
    private readonly now: () => number = Date.now,
  ) {}

  /** `SET <heartbeatKey> <epoch ms> PX <ttl>`; nothing for a task without HeartbeatSeconds. */
  async beat(task: TaskJob): Promise<void> {
    if (task.heartbeatKey === undefined || task.heartbeatSeconds === undefined) return;
    const ttlMs = task.heartbeatSeconds * 1000 * HEARTBEAT_TTL_PERIODS;
    await this.redis.set(task.heartbeatKey, String(this.now()), 'PX', ttlMs);
  }
}
