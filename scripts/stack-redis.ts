import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import {
  RedisServerNotFoundError,
  RedisServerStartError,
  spawnRedisServer,
  type RedisServerProcess,
} from './redis-server.process';

const REPOSITORY_ROOT = join(__dirname, '..');

/** Where the private redis-server of `npm start` keeps its AOF, across restarts of the stack. */
export const STACK_REDIS_DIR = join(REPOSITORY_ROOT, '.data', 'redis');

/** The one line printed when REDIS_URL is not set and redis-server is not installed. */
export const NO_REDIS_MESSAGE =
  'No Redis: set REDIS_URL to your Redis, or install redis-server (apt-get install redis-server) and Stepwise starts its own.';

/** The private redis-server could not be started; the message is the one line to print. */
export class StackRedisError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * Starts the stack's private redis-server: AOF on, data in STACK_REDIS_DIR, in its own process
 * group so that a terminal's Ctrl-C reaches only the launcher, which stops Redis last.
 */
export async function startStackRedis(port: number): Promise<RedisServerProcess> {
  await mkdir(STACK_REDIS_DIR, { recursive: true });
  try {
    return await spawnRedisServer({ port, dir: STACK_REDIS_DIR, appendOnly: true, detached: true });
  } catch (error) {
    if (error instanceof RedisServerNotFoundError) throw new StackRedisError(NO_REDIS_MESSAGE, { cause: error });
    if (error instanceof RedisServerStartError && error.addressInUse) {
      const message = `[stack] port ${port} is taken (by a redis-server left from an earlier npm start?): stop that process, or set STACK_REDIS_PORT`;
      throw new StackRedisError(message, { cause: error });
    }
    throw error;
  }
}

/** `.data/redis/`, for messages. */
export function stackRedisDirForDisplay(): string {
  return `${relative(REPOSITORY_ROOT, STACK_REDIS_DIR)}/`;
}
