import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describeExit, started, terminate, type ExitStatus } from '../../../scripts/child-lifecycle';
import { LineLog } from '../../../scripts/line-log';
import {
  CONFORMANCE_WORKER_READY,
  CONFORMANCE_WORKER_SCRIPT,
  conformanceWorkerArgs,
  type ConformanceWorkerOptions,
} from './conformance-worker-options';

const REPOSITORY_ROOT = join(__dirname, '..', '..', '..');
const SWC_REGISTER = join(REPOSITORY_ROOT, 'scripts', 'swc-register.js');

/** How long the worker gets to compile its sources, connect and start serving. */
export const WORKER_READY_TIMEOUT_MS = 30_000;

/** How long the worker gets to finish running handlers after SIGTERM before it is killed. */
export const WORKER_SHUTDOWN_GRACE_MS = 10_000;

export interface ConformanceWorkerProcess {
  readonly pid: number;
  /** The worker's last lines of output, as `[conformance-worker:<pid>] <line>`. */
  logs(): string;
  /** SIGTERM by pid, then SIGKILL after WORKER_SHUTDOWN_GRACE_MS. */
  stop(): Promise<ExitStatus>;
}

/** Spawns the conformance worker script and resolves once it prints that it serves. */
export async function startConformanceWorker(options: ConformanceWorkerOptions): Promise<ConformanceWorkerProcess> {
  const child = spawn(
    process.execPath,
    ['--enable-source-maps', '-r', SWC_REGISTER, CONFORMANCE_WORKER_SCRIPT, ...conformanceWorkerArgs(options)],
    { cwd: REPOSITORY_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const log = new LineLog();
  const prefix = `[conformance-worker:${child.pid}]`;
  let onReady = (): void => undefined;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  log.follow(child.stdout, prefix, (line) => line.includes(CONFORMANCE_WORKER_READY) && onReady());
  log.follow(child.stderr, prefix);
  const running = await started(child);
  const worker: ConformanceWorkerProcess = {
    pid: running.pid,
    logs: () => log.toString(),
    stop: () => terminate(running, WORKER_SHUTDOWN_GRACE_MS),
  };
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    ready.then(() => 'ready' as const),
    running.exited.then((status) => `exited (${describeExit(status)})`),
    new Promise<string>((resolve) => (timer = setTimeout(() => resolve(`was not ready within ${WORKER_READY_TIMEOUT_MS} ms`), WORKER_READY_TIMEOUT_MS))),
  ]);
  clearTimeout(timer);
  if (outcome === 'ready') return worker;
  await worker.stop();
  throw new Error(`conformance worker (pid ${running.pid}) ${outcome}:\n${log.toString()}`);
}
