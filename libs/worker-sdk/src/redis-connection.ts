import { Redis } from 'ioredis';
import type { WorkerConnection } from './worker-options';

/** The Redis client a worker uses, and how to let go of it. */
export interface RedisConnection {
  readonly client: Redis;
  /** Closes the client if the worker opened it; leaves a caller's client open. */
  release(): Promise<void>;
}

/** BullMQ workers block on Redis and must wait out reconnections rather than fail commands. */
const WORKER_REDIS_OPTIONS = { maxRetriesPerRequest: null };

export function openRedisConnection(connection: WorkerConnection): RedisConnection {
  if (isRedisClient(connection)) {
    if (connection.options.maxRetriesPerRequest === null) return { client: connection, release: async () => {} };
    return owned(connection.duplicate(WORKER_REDIS_OPTIONS));
  }
  return owned(new Redis(connection.url, WORKER_REDIS_OPTIONS));
}

/** Duck-typed, so a client from another copy of ioredis counts too. */
function isRedisClient(connection: WorkerConnection): connection is Redis {
  return typeof (connection as Redis).duplicate === 'function';
}

function owned(client: Redis): RedisConnection {
  return {
    client,
    async release() {
      try {
        await client.quit();
      } catch {
        client.disconnect(); // already closed, or Redis is unreachable: nothing left to flush
      }
    },
  };
}
