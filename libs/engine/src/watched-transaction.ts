import type { ChainableCommander, Redis } from 'ioredis';
import { ResourceConflictError } from './engine.errors';

/** What the body of a watched transaction decides: its answer, and the writes to commit (none: nothing to write). */
export interface WatchedOutcome<T> {
  readonly value: T;
  readonly writes?: (multi: ChainableCommander) => void;
}

/**
 * Redis's optimistic transaction: WATCH the keys, let `body` read them (on any connection) and
 * decide, then commit its writes with MULTI/EXEC, which fails if a watched key changed meanwhile;
 * that is AWS's ConflictException for concurrent changes. WATCH belongs to a connection, so each
 * transaction has its own, closed afterwards. The keys must share one hash tag (one cluster slot).
 */
export async function watchedTransaction<T>(redis: Redis, keys: readonly string[], body: () => Promise<WatchedOutcome<T>>): Promise<T> {
  const connection = redis.duplicate();
  connection.on('error', () => undefined); // a failed command rejects its own promise
  try {
    await connection.watch(...keys);
    const { value, writes } = await body();
    if (!writes) return value;
    const multi = connection.multi();
    writes(multi);
    if ((await multi.exec()) === null) throw new ResourceConflictError('The resource was changed by a concurrent request; retry');
    return value;
  } finally {
    connection.disconnect();
  }
}
