/**
 * A private `redis-server` per test: on a free loopback port, with its own temp dir, stopped by
 * pid. Never a shared instance and never a mock (BullMQ's Lua scripts need the real thing).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kill, terminate } from '../../scripts/child-lifecycle';
import { findFreePort } from '../../scripts/free-port';
import {
  REDIS_SERVER_SHUTDOWN_GRACE_MS,
  RedisServerStartError,
  spawnRedisServer,
  type RedisServerProcess,
} from '../../scripts/redis-server.process';

/** How many free ports to try when another process takes the one found first. */
const START_ATTEMPTS = 5;

export interface StartRedisOptions {
  /** `--appendonly yes`, so data survives kill() and restart(). Default: off. */
  readonly appendOnly?: boolean;
  /** Where the server keeps its files. Default: a new temp dir, removed by stop(). */
  readonly dir?: string;
}

export interface RedisServer {
  /** `redis://127.0.0.1:<port>`; the same after restart(). */
  readonly url: string;
  readonly port: number;
  /** The pid of the current redis-server process; a new one after restart(). */
  readonly pid: number;
  /** SIGTERM, then SIGKILL after a grace period; removes the temp dir. Final: no restart() after it. */
  stop(): Promise<void>;
  /** SIGKILL, as in a crash; the dir is kept, so restart() can replay the AOF. */
  kill(): Promise<void>;
  /** Stops the server if it still runs, then starts a new one on the same port and dir. */
  restart(): Promise<void>;
}

/**
 * Starts a redis-server and resolves once it answers PING. Throws "redis-server not found:
 * apt-get install redis-server" when it is not installed.
 */
export async function startRedis(options: StartRedisOptions = {}): Promise<RedisServer> {
  const appendOnly = options.appendOnly ?? false;
  const ownsDir = options.dir === undefined;
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'stepwise-redis-')));
  await mkdir(dir, { recursive: true });
  let current: RedisServerProcess;
  try {
    current = await spawnOnFreePort(dir, appendOnly);
  } catch (error) {
    if (ownsDir) await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const { port, url } = current;
  let stopped = false;

  return {
    url,
    port,
    get pid() {
      return current.pid;
    },
    async stop() {
      stopped = true;
      await terminate(current, REDIS_SERVER_SHUTDOWN_GRACE_MS);
      if (ownsDir) await rm(dir, { recursive: true, force: true });
    },
    async kill() {
      await kill(current);
    },
    async restart() {
      if (stopped) throw new Error(`restart() after stop(): redis-server on port ${port} and its data are gone`);
      await terminate(current, REDIS_SERVER_SHUTDOWN_GRACE_MS);
      current = await spawnRedisServer({ port, dir, appendOnly });
    },
  };
}

async function spawnOnFreePort(dir: string, appendOnly: boolean): Promise<RedisServerProcess> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await spawnRedisServer({ port: await findFreePort(), dir, appendOnly });
    } catch (error) {
      // Another process (a parallel Jest worker) may take the port between finding and binding it.
      const portTaken = error instanceof RedisServerStartError && error.addressInUse;
      if (!portTaken || attempt === START_ATTEMPTS) throw error;
    }
  }
}
