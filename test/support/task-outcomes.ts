import { readTaskOutcomeEntry, taskOutcomeStream, type TaskOutcomeEntry } from '@lib/contracts';
import type { Redis } from 'ioredis';

/** Every outcome workers have reported on the stream under `queuePrefix`, oldest first (optionally those of one transition id). */
export async function reportedOutcomes(redis: Redis, queuePrefix: string, id?: string): Promise<TaskOutcomeEntry[]> {
  const entries = await redis.xrange(taskOutcomeStream(queuePrefix), '-', '+');
  return entries.map(([, fields]) => readTaskOutcomeEntry(fields)).filter((entry): entry is TaskOutcomeEntry => entry !== undefined && (id === undefined || entry.id === id));
}
