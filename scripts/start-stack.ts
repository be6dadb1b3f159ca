/**
 * `npm start`: the all-in-one stack on one machine, a coordinator and a worker as child
 * processes of this one, on REDIS_URL or else on a private redis-server that this process starts
 * and stops last. Runs the built apps, so `npm run build` comes first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { childEnvironment, InvalidSettingsError, readProcessSettings, SettingName, type Settings } from '@lib/config';
import { describeExit, terminate } from './child-lifecycle';
import { REDIS_SERVER_SHUTDOWN_GRACE_MS, type RedisServerProcess } from './redis-server.process';
import { stackRedisDirForDisplay, StackRedisError, startStackRedis } from './stack-redis';

const REPOSITORY_ROOT = join(__dirname, '..');

/** Built entry points, where `nest build` puts them (the `entryFile`s of nest-cli.json). */
const ENTRY_POINTS = {
  coordinator: 'dist/apps/coordinator/apps/coordinator/src/main.js',
  worker: 'dist/apps/worker/apps/worker/src/main.js',
} as const;
type Role = keyof typeof ENTRY_POINTS;

/** How long children get to drain after SIGTERM before they are killed. */
const SHUTDOWN_GRACE_MS = 10_000;

const children = new Map<Role, ChildProcess>();
/** The private redis-server, when REDIS_URL is not set; stopped after the other children. */
let privateRedis: RedisServerProcess | undefined;
/** True while the private redis-server starts: a signal then waits for it, so as to stop it too. */
let redisStarting = false;
let stopping = false;

function startChild(role: Role, port: number, redisUrl: string): void {
  const entry = join(REPOSITORY_ROOT, ENTRY_POINTS[role]);
  const child = spawn(process.execPath, [entry], {
    env: childEnvironment({ [SettingName.Port]: String(port), [SettingName.RedisUrl]: redisUrl }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.set(role, child);
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => console.log(`[${role}] ${line}`));
  }
  child.on('exit', (code, signal) => {
    children.delete(role);
    if (!stopping) {
      console.error(`[stack] ${role} exited (${signal ?? `code ${code}`}); stopping the stack`);
      stop(1);
    } else if (children.size === 0) {
      void finish();
    }
  });
}

function stop(exitCode: number): void {
  if (stopping) return;
  stopping = true;
  process.exitCode = exitCode;
  if (children.size === 0) {
    if (!redisStarting) void finish();
    return;
  }
  for (const child of children.values()) child.kill('SIGTERM');
  setTimeout(() => {
    for (const child of children.values()) child.kill('SIGKILL');
  }, SHUTDOWN_GRACE_MS).unref();
}

/** Once the coordinator and the worker are gone: stops the private redis-server, then exits. */
async function finish(): Promise<void> {
  if (privateRedis?.isRunning()) await terminate(privateRedis, REDIS_SERVER_SHUTDOWN_GRACE_MS);
  process.exit(process.exitCode ?? 0);
}

async function startPrivateRedis(settings: Settings): Promise<string> {
  redisStarting = true;
  const redis = await startStackRedis(settings.stackRedisPort).finally(() => (redisStarting = false));
  privateRedis = redis;
  // Should this process die unexpectedly, Redis (in its own process group) must not outlive it.
  process.on('exit', () => {
    try {
      if (redis.isRunning()) process.kill(redis.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  });
  void redis.exited.then((status) => {
    if (stopping) return;
    console.error(`[stack] redis-server exited (${describeExit(status)}); stopping the stack\n${redis.log}`);
    stop(1);
  });
  console.log(
    `[stack] REDIS_URL is not set: started a private redis-server at ${redis.url} (pid ${redis.pid}, AOF in ${stackRedisDirForDisplay()})`,
  );
  return redis.url;
}

async function main(): Promise<void> {
  let settings: Settings;
  try {
    settings = readProcessSettings();
  } catch (error) {
    console.error(error instanceof InvalidSettingsError ? error.message : error);
    process.exit(1);
  }
  const missing = Object.values(ENTRY_POINTS).filter((entry) => !existsSync(join(REPOSITORY_ROOT, entry)));
  if (missing.length > 0) {
    console.error(`[stack] not built (${missing.join(', ')} missing): run npm run build first`);
    process.exit(1);
  }
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  let redisUrl: string;
  try {
    redisUrl = settings.redisUrl ?? (await startPrivateRedis(settings));
  } catch (error) {
    console.error(error instanceof StackRedisError ? error.message : error);
    process.exit(1);
  }
  if (stopping) return void finish(); // a signal arrived while Redis was starting
  startChild('coordinator', settings.port, redisUrl);
  startChild('worker', settings.stackWorkerPort, redisUrl);
  console.log(
    `[stack] coordinator on http://localhost:${settings.port}, worker on http://localhost:${settings.stackWorkerPort}`,
  );
}

void main();
