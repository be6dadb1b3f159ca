import { TASK_HANDLER_REGISTRY } from '@lib/contracts';
import type { Redis } from 'ioredis';
import type { ActivityRepository } from './activities/activity.repository';

/**
 * Which task handlers exist: every name a worker has ever served. A name once served stays
 * served, so what this process has seen is cached; only unknown names cost a round trip.
 * Activities exist from CreateActivity to DeleteActivity, whoever serves them.
 */
export class HandlerRegistry {
  private readonly known = new Set<string>();

  constructor(
    private readonly redis: Redis,
    private readonly activities: ActivityRepository,
  ) {}

  /** Whether the activity exists now (not cached: an activity can be deleted). */
  async activityExists(activityArn: string): Promise<boolean> {
    return this.activities.exists(activityArn);
  }

  async register(...names: string[]): Promise<void> {
    await this.redis.sadd(TASK_HANDLER_REGISTRY, ...names);
  }

  /** The names among `names` that no worker has ever served. */
  async unserved(names: readonly string[]): Promise<Set<string>> {
    const unknown = [...new Set(names)].filter((name) => !this.known.has(name));
    if (unknown.length === 0) return new Set();
    const served = await this.redis.smismember(TASK_HANDLER_REGISTRY, ...unknown);
    const missing = new Set<string>();
    unknown.forEach((name, i) => (served[i] ? this.known.add(name) : missing.add(name)));
    return missing;
  }
}
