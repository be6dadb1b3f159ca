/**
 * Stepwise apps as real child processes for end-to-end tests, run from the TypeScript sources
 * without a build: `node -r scripts/swc-register.js apps/<app>/src/main.ts`.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { childEnvironment, SettingName } from '@lib/config';
import { describeExit, kill, started, terminate, type ExitStatus, type StartedChild } from '../../scripts/child-lifecycle';
import { findFreePort, LOOPBACK_HOST } from '../../scripts/free-port';
import { LineLog } from '../../scripts/line-log';

const REPOSITORY_ROOT = join(__dirname, '..', '..');
const SWC_REGISTER = join(REPOSITORY_ROOT, 'scripts', 'swc-register.js');

/** How long a new process gets to answer /health; compiling the sources on start takes seconds. */
export const APP_HEALTH_TIMEOUT_MS = 30_000;

/** How long a process gets to drain after SIGTERM before it is killed. */
export const APP_SHUTDOWN_GRACE_MS = 10_000;

/** How many free ports to try when another process takes the one found first. */
const START_ATTEMPTS = 3;
const HEALTH_POLL_INTERVAL_MS = 50;
const HEALTH_REQUEST_TIMEOUT_MS = 1_000;

export type AppName = 'coordinator' | 'worker';

export interface StartAppOptions {
  /** REDIS_URL of the process. Unset: the process gets no REDIS_URL, even if this one has one. */
  readonly redisUrl?: string;
  /** More environment variables, applied last. */
  readonly env?: Readonly<Record<string, string>>;
}

export interface AppProcess {
  readonly app: AppName;
  /** PORT: HTTP, `/health`. The same after restart(). */
  readonly port: number;
  /** GRPC_PORT, free like `port`, so that coordinators side by side do not collide. */
  readonly grpcPort: number;
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** The pid of the current process; a new one after restart(). */
  readonly pid: number;
  /** Everything the process (and its predecessors before restart()) wrote, as `[<app>:<pid>] <line>`. */
  logs(): string;
  /** Polls `GET /health` until it answers 200; rejects with the logs if the process exits first. */
  waitForHealth(timeoutMs?: number): Promise<void>;
  /** Settles when the current process exits by itself or is stopped. */
  waitForExit(): Promise<ExitStatus>;
  /** SIGTERM, then SIGKILL if it has not exited after APP_SHUTDOWN_GRACE_MS. */
  stop(): Promise<ExitStatus>;
  /** SIGKILL, as in a crash. */
  kill(): Promise<ExitStatus>;
  /** Stops the process if it still runs, then starts a new one on the same ports and waits for /health. */
  restart(): Promise<void>;
}

/** Starts `app` on free ports and resolves once it answers `/health`. */
export async function startApp(app: AppName, options: StartAppOptions = {}): Promise<AppProcess> {
  for (let attempt = 1; ; attempt++) {
    const candidate = new RunningApp(app, await findFreePort(), await findFreePort(), options);
    try {
      await candidate.start();
      return candidate;
    } catch (error) {
      await candidate.kill();
      const portTaken = /EADDRINUSE/.test(candidate.logs());
      if (!portTaken || attempt === START_ATTEMPTS) throw error;
    }
  }
}

class RunningApp implements AppProcess {
  readonly url: string;
  private readonly log = new LineLog();
  private current: StartedChild | undefined;

  constructor(
    readonly app: AppName,
    readonly port: number,
    readonly grpcPort: number,
    private readonly options: StartAppOptions,
  ) {
    this.url = `http://${LOOPBACK_HOST}:${port}`;
  }

  get pid(): number {
    return this.child().pid;
  }

  logs(): string {
    return this.log.toString();
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, ['--enable-source-maps', '-r', SWC_REGISTER, join(REPOSITORY_ROOT, 'apps', this.app, 'src', 'main.ts')], {
      cwd: REPOSITORY_ROOT,
      env: childEnvironment({
        [SettingName.Port]: String(this.port),
        [SettingName.GrpcPort]: String(this.grpcPort),
        [SettingName.RedisUrl]: this.options.redisUrl ?? '', // empty counts as unset
        ...this.options.env,
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const prefix = `[${this.app}:${child.pid}]`;
    this.log.follow(child.stdout, prefix);
    this.log.follow(child.stderr, prefix);
    this.current = await started(child);
    await this.waitForHealth();
  }

  async waitForHealth(timeoutMs = APP_HEALTH_TIMEOUT_MS): Promise<void> {
    const child = this.child();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!child.isRunning()) {
        const status = await child.exited;
        throw new Error(`${this.app} (pid ${child.pid}) exited (${describeExit(status)}) before /health answered:\n${this.logs()}`);
      }
      if (await this.answersHealth()) return;
      if (Date.now() > deadline) {
        throw new Error(`${this.app} (pid ${child.pid}) did not answer ${this.url}/health within ${timeoutMs} ms:\n${this.logs()}`);
      }
      await sleep(HEALTH_POLL_INTERVAL_MS);
    }
  }

  waitForExit(): Promise<ExitStatus> {
    return this.child().exited;
  }

  stop(): Promise<ExitStatus> {
    return terminate(this.child(), APP_SHUTDOWN_GRACE_MS);
  }

  kill(): Promise<ExitStatus> {
    return this.current === undefined ? Promise.resolve({ code: null, signal: null }) : kill(this.current);
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  private child(): StartedChild {
    if (this.current === undefined) throw new Error(`${this.app} has not started`);
    return this.current;
  }

  private async answersHealth(): Promise<boolean> {
    try {
      const response = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(HEALTH_REQUEST_TIMEOUT_MS) });
      await response.body?.cancel();
      return response.status === 200;
    } catch {
      return false; // not listening yet
    }
  }
}
