import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { describeExit, isProgramNotFound, kill, started, type StartedChild } from './child-lifecycle';
import { LOOPBACK_HOST } from './free-port';
import { LineLog } from './line-log';

/** The program started; looked up on the PATH. */
export const REDIS_SERVER_PROGRAM = 'redis-server';

/** How long a new redis-server gets to answer PING (replaying a large AOF takes a while). */
export const REDIS_SERVER_READY_TIMEOUT_MS = 15_000;

/** How long a redis-server gets to shut down after SIGTERM (it fsyncs the AOF) before SIGKILL. */
export const REDIS_SERVER_SHUTDOWN_GRACE_MS = 5_000;

const PING_INTERVAL_MS = 20;
const PING_CONNECT_TIMEOUT_MS = 1_000;

export interface RedisServerOptions {
  readonly port: number;
  /** Working directory of the server; the AOF lives here when `appendOnly` is on. */
  readonly dir: string;
  /** `--appendonly yes`: every write is logged, so data survives a restart or a SIGKILL. */
  readonly appendOnly: boolean;
  /**
   * Runs the server in its own process group, so a terminal's Ctrl-C reaches only the parent,
   * which can then stop the server after everything that uses it.
   */
  readonly detached?: boolean;
  /** The executable; REDIS_SERVER_PROGRAM (looked up on the PATH) unless given. */
  readonly program?: string;
}

/** A redis-server child process that has answered PING. */
export interface RedisServerProcess extends StartedChild {
  readonly port: number;
  /** `redis://127.0.0.1:<port>` */
  readonly url: string;
  /** The server's own log lines, for error messages. */
  readonly log: LineLog;
}

/** `redis-server` is not installed (not on the PATH). */
export class RedisServerNotFoundError extends Error {
  constructor(options?: ErrorOptions) {
    super(`${REDIS_SERVER_PROGRAM} not found: apt-get install redis-server`, options);
    this.name = new.target.name;
  }
}

/** A redis-server started but exited, or did not answer PING in time; carries its log. */
export class RedisServerStartError extends Error {
  constructor(
    message: string,
    /** True when the port was taken by another process; a retry on another port may work. */
    readonly addressInUse: boolean,
    readonly log: string,
  ) {
    super(log === '' ? message : `${message}\n${log}`);
    this.name = new.target.name;
  }
}

/**
 * Starts `redis-server` on `options.port` of the loopback interface, without RDB snapshots,
 * and resolves once it answers PING. Throws RedisServerNotFoundError when it is not installed
 * and RedisServerStartError when it exits or does not answer in time (it is killed then).
 */
export async function spawnRedisServer(options: RedisServerOptions): Promise<RedisServerProcess> {
  const args = ['--port', String(options.port), '--bind', LOOPBACK_HOST, '--save', '', '--dir', options.dir];
  if (options.appendOnly) args.push('--appendonly', 'yes');
  const child = spawn(options.program ?? REDIS_SERVER_PROGRAM, args, {
    cwd: options.dir,
    detached: options.detached ?? false,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = new LineLog();
  log.follow(child.stdout, '[redis-server]');
  log.follow(child.stderr, '[redis-server]');
  let startedChild: StartedChild;
  try {
    startedChild = await started(child);
  } catch (error) {
    throw isProgramNotFound(error) ? new RedisServerNotFoundError({ cause: error }) : error;
  }
  const server: RedisServerProcess = { ...startedChild, port: options.port, url: `redis://${LOOPBACK_HOST}:${options.port}`, log };
  await waitUntilReady(server);
  return server;
}

async function waitUntilReady(server: RedisServerProcess): Promise<void> {
  const deadline = Date.now() + REDIS_SERVER_READY_TIMEOUT_MS;
  for (;;) {
    if (!server.isRunning()) {
      const status = await server.exited;
      const addressInUse = server.log.includes(/address already in use/i);
      throw new RedisServerStartError(`redis-server on port ${server.port} exited (${describeExit(status)})`, addressInUse, server.log.toString());
    }
    if (await answersPing(server.port, server.pid)) return;
    if (Date.now() > deadline) {
      await kill(server);
      const message = `redis-server on port ${server.port} did not answer PING within ${REDIS_SERVER_READY_TIMEOUT_MS} ms`;
      throw new RedisServerStartError(message, false, server.log.toString());
    }
    await sleep(PING_INTERVAL_MS);
  }
}

/**
 * True when the server on `port` answers PING (not while it is still loading its AOF) and is the
 * process `pid`: another Redis that already holds the port must not pass for ours.
 */
async function answersPing(port: number, pid: number): Promise<boolean> {
  const client = new Redis({
    host: LOOPBACK_HOST,
    port,
    lazyConnect: true,
    connectTimeout: PING_CONNECT_TIMEOUT_MS,
    retryStrategy: () => null,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
  });
  client.on('error', () => undefined); // a refused connection is the expected answer until ready
  try {
    await client.connect();
    const answer = await client.ping();
    const info = await client.info('server');
    await client.quit();
    return answer === 'PONG' && new RegExp(`^process_id:${pid}\\r?$`, 'm').test(info);
  } catch {
    // Not disconnect(): on a socket that is already closed it leaves a timer behind for seconds.
    if (client.status !== 'end') client.disconnect();
    return false;
  }
}
