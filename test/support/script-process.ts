/**
 * A TypeScript script of the repository run as a real child process (compiled on the fly by
 * `scripts/swc-register.js`), for end-to-end tests: test workers, load generators. Stopped and
 * killed by pid; restartable with the same arguments.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { childEnvironment } from '@lib/config';
import { kill, started, terminate, type ExitStatus, type StartedChild } from '../../scripts/child-lifecycle';
import { LineLog } from '../../scripts/line-log';

const REPOSITORY_ROOT = join(__dirname, '..', '..');
const SWC_REGISTER = join(REPOSITORY_ROOT, 'scripts', 'swc-register.js');

/** How long a script may take to print the line a test waits for. */
export const SCRIPT_READY_TIMEOUT_MS = 30_000;

/** How long a script gets to exit after SIGTERM before it is killed. */
export const SCRIPT_SHUTDOWN_GRACE_MS = 10_000;

export class ScriptProcess {
  private readonly log = new LineLog();
  private current: StartedChild | undefined;

  private constructor(
    private readonly script: string,
    private readonly args: readonly string[],
  ) {}

  /** Starts `script` (a path from the repository root) with `args`; resolves once it runs. */
  static async start(script: string, args: readonly string[] = []): Promise<ScriptProcess> {
    const process = new ScriptProcess(script, args);
    await process.spawn();
    return process;
  }

  get pid(): number {
    if (!this.current) throw new Error(`${this.script} is not running`);
    return this.current.pid;
  }

  logs(): string {
    return this.log.toString();
  }

  /** Resolves once the current process has printed a line matching `pattern`. */
  async waitForLog(pattern: RegExp, timeoutMs = SCRIPT_READY_TIMEOUT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const pid = this.pid;
    while (!this.log.includes(new RegExp(`^\\[[^\\]]*:${pid}\\].*${pattern.source}`))) {
      if (!this.current?.isRunning()) throw new Error(`${this.script} exited before printing ${pattern}:\n${this.logs()}`);
      if (Date.now() > deadline) throw new Error(`${this.script} did not print ${pattern} within ${timeoutMs} ms:\n${this.logs()}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  stop(): Promise<ExitStatus> {
    return this.current ? terminate(this.current, SCRIPT_SHUTDOWN_GRACE_MS) : Promise.resolve({ code: null, signal: null });
  }

  /** SIGKILL, as in a crash. */
  kill(): Promise<ExitStatus> {
    return this.current ? kill(this.current) : Promise.resolve({ code: null, signal: null });
  }

  async restart(): Promise<void> {
    if (this.current?.isRunning()) await this.stop();
    await this.spawn();
  }

  private async spawn(): Promise<void> {
    const child = spawn(process.execPath, ['--enable-source-maps', '-r', SWC_REGISTER, join(REPOSITORY_ROOT, this.script), ...this.args], {
      cwd: REPOSITORY_ROOT,
      env: childEnvironment({}),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const prefix = `[${this.script}:${child.pid}]`;
    this.log.follow(child.stdout, prefix);
    this.log.follow(child.stderr, prefix);
    this.current = await started(child);
  }
}
