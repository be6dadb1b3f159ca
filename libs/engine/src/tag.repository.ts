import type { Redis } from 'ioredis';
import { TooManyTagsError } from './engine.errors';
import type { Keys } from './keys';
import { watchedTransaction } from './watched-transaction';

/** A resource tag, as the API carries it. */
export interface Tag {
  readonly key: string;
  readonly value: string;
}

/** Tags one resource may have (AWS's limit). */
export const MAX_TAGS_PER_RESOURCE = 50;

/** Tags of state machines and activities, by resource ARN; whether the resource exists is the caller's check. */
export class TagRepository {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  /** Adds tags, replacing the values of keys already there; TooManyTagsError past the limit. */
  async tag(resourceArn: string, tags: readonly Tag[]): Promise<void> {
    if (tags.length === 0) return;
    const key = this.keys.tags(resourceArn);
    await watchedTransaction(this.redis, [key], async () => {
      const keys = new Set([...(await this.redis.hkeys(key)), ...tags.map((t) => t.key)]);
      if (keys.size > MAX_TAGS_PER_RESOURCE) throw new TooManyTagsError(resourceArn, MAX_TAGS_PER_RESOURCE);
      return { value: undefined, writes: (multi) => multi.hset(key, Object.fromEntries(tags.map((t) => [t.key, t.value]))) };
    });
  }

  /** Removes tags by key; keys the resource does not have are ignored. */
  async untag(resourceArn: string, keys: readonly string[]): Promise<void> {
    if (keys.length > 0) await this.redis.hdel(this.keys.tags(resourceArn), ...keys);
  }

  async list(resourceArn: string): Promise<Tag[]> {
    const all = await this.redis.hgetall(this.keys.tags(resourceArn));
    return Object.entries(all).map(([key, value]) => ({ key, value }));
  }

  async deleteAll(resourceArn: string): Promise<void> {
    await this.redis.del(this.keys.tags(resourceArn));
  }
}
