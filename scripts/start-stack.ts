/**
 * `npm start`: the all-in-one stack on one machine, a coordinator and a worker as child
 * processes of this one. Runs the built apps, so `npm run build` comes first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { childEnvironment, InvalidSettingsError, readProcessSettings, type Settings } from '@lib/config';

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
let stopping = false;

function startChild(role: Role, port: number): void {
  const entry = join(REPOSITORY_ROOT, ENTRY_POINTS[role]);
  const child = spawn(process.execPath, [entry], {
    env: childEnvironment({ PORT: String(port) }),
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
      process.exit(process.exitCode ?? 0);
    }
  });
}

function stop(exitCode: number): void {
  stopping = true;
  process.exitCode = exitCode;
  if (children.size === 0) process.exit(exitCode);
  for (const child of children.values()) child.kill('SIGTERM');
  setTimeout(() => {
    for (const child of children.values()) child.kill('SIGKILL');
  }, SHUTDOWN_GRACE_MS).unref();
}

function main(): void {
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
  if (settings.redisUrl === undefined) {
    console.log('[stack] REDIS_URL is not set; nothing uses Redis yet (the runtime work adds it)');
  }
  startChild('coordinator', settings.port);
  startChild('worker', settings.stackWorkerPort);
  console.log(
    `[stack] coordinator on http://localhost:${settings.port}, worker on http://localhost:${settings.stackWorkerPort}`,
  );
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
}

main();
