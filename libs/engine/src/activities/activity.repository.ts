import { TASK_HANDLER_REGISTRY } from '@lib/contracts';
import type { Redis } from 'ioredis';
import type { Keys } from '../keys';

/** An activity as stored (CreateActivity). */
export interface ActivityRecord {
  readonly arn: string;
  readonly name: string;
  readonly creationDate: number;
}

/** Activities by ARN (their tags are the TagRepository's). */
export class ActivityRepository {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  /**
   * Creates the activity unless one with that ARN exists, and answers the stored one: as on AWS,
   * a second CreateActivity of the same name returns the first (its tags left as they are). The
   * ARN is also the handler name of its tasks, so it counts as served from now on.
   */
  async create(record: ActivityRecord): Promise<{ readonly activity: ActivityRecord; readonly created: boolean }> {
    const created = await this.redis.hsetnx(this.keys.activities(), record.arn, JSON.stringify(record));
    if (created === 0) return { activity: (await this.get(record.arn)) ?? record, created: false };
    await this.redis.sadd(TASK_HANDLER_REGISTRY, record.arn);
    return { activity: record, created: true };
  }

  async get(arn: string): Promise<ActivityRecord | undefined> {
    const json = await this.redis.hget(this.keys.activities(), arn);
    return json ? (JSON.parse(json) as ActivityRecord) : undefined;
  }

  async exists(arn: string): Promise<boolean> {
    return (await this.redis.hexists(this.keys.activities(), arn)) === 1;
  }

  /** Deletes the activity and its tags; false when there was none. */
  async delete(arn: string): Promise<boolean> {
    const [[, deleted]] = (await this.redis.multi().hdel(this.keys.activities(), arn).del(this.keys.tags(arn)).exec()) as [[null, number]];
    return deleted === 1;
  }

  /** Every activity, in no particular order (a listing sorts its pages). */
  async list(): Promise<ActivityRecord[]> {
    return (await this.redis.hvals(this.keys.activities())).map((json) => JSON.parse(json) as ActivityRecord);
  }
}
