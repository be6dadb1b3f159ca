import type { ChildProcess } from 'node:child_process';

/** How a child process ended: an exit code, or the signal that ended it. */
export interface ExitStatus {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** `code 1` or `SIGKILL`, for messages. */
export function describeExit(status: ExitStatus): string {
  return status.signal === null ? `code ${status.code}` : status.signal;
}

/** A started child: its pid and a promise settled when it has exited. */
export interface StartedChild {
  readonly pid: number;
  readonly exited: Promise<ExitStatus>;
  /** False once the child has exited (its pid may then belong to another process). */
  isRunning(): boolean;
}

/**
 * Waits until `child` has started. Rejects with the spawn error (`code` ENOENT when the program
 * is not on the PATH) when it could not be started.
 */
export function started(child: ChildProcess): Promise<StartedChild> {
  let running = true;
  const exited = new Promise<ExitStatus>((resolve) =>
    child.once('exit', (code, signal) => {
      running = false;
      resolve({ code, signal });
    }),
  );
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('spawn', () => {
      child.off('error', reject);
      // Errors after a successful spawn (a failed kill, a broken pipe) surface through `exited`.
      child.on('error', () => undefined);
      resolve({ pid: child.pid as number, exited, isRunning: () => running });
    });
  });
}

/** True when the error is Node's "program not found" from spawn. */
export function isProgramNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/** Sends SIGTERM to `child` by pid, then SIGKILL if it has not exited after `graceMs`. */
export async function terminate(child: StartedChild, graceMs: number): Promise<ExitStatus> {
  if (!child.isRunning() || !signal(child.pid, 'SIGTERM')) return child.exited;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), graceMs)));
  const first = await Promise.race([child.exited, timedOut]);
  clearTimeout(timer);
  return first === 'timeout' ? kill(child) : first;
}

/** Sends SIGKILL to `child` by pid and waits until it has exited. */
export function kill(child: StartedChild): Promise<ExitStatus> {
  if (child.isRunning()) signal(child.pid, 'SIGKILL');
  return child.exited;
}

/** Signals `pid`; false when no such process exists any more. */
function signal(pid: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}
