import { heartbeatTtlMs, type TaskJob } from '@lib/contracts';
import type { Redis } from 'ioredis';

/** Writes a task attempt's heartbeat: the key the coordinator reads when its heartbeat timer fires. */
export class HeartbeatRepository {
  constructor(
    private readonly redis: Redis,
    private readonly now: () => number = Date.now,
  ) {}

  /** `SET <heartbeatKey> <epoch ms> PX <ttl>`; nothing for a task without HeartbeatSeconds. */
  async beat(task: TaskJob): Promise<void> {
    if (task.heartbeatKey === undefined || task.heartbeatSeconds === undefined) return;
    await this.redis.set(task.heartbeatKey, String(this.now()), 'PX', heartbeatTtlMs(task.heartbeatSeconds));
  }
}
