import type { Json } from '../json';
import type { Command } from '../runtime/command';
import type { StepEvent } from '../runtime/step-event';
import type { TaskHandler } from './executor.types';
import { InMemoryTaskContext } from './task-handler-context';
import type { InMemoryExecution } from './in-memory-execution';
import { findHandler, missingHandler } from './resolve-handler';
import { thrownFailure } from './thrown-failure';

type RunTask = Extract<Command, { kind: 'RunTask' }>;

export interface RunningTask {
  readonly runId: number;
  readonly awaitId: number;
  context?: InMemoryTaskContext;
  readonly taskToken?: string;
  lastBeat: number;
  /** Whether TaskStarted was delivered; otherwise it goes with the outcome, in one step. */
  started?: boolean;
}

/** Runs Task commands through the registered handlers, with timeouts, heartbeats and callbacks. */
export class TaskRunner {
  /** Handlers running and not sleeping on the clock. */
  busy = 0;
  private readonly running = new Map<number, RunningTask>();
  private nextTask = 0;
  private readonly byToken = new Map<string, number>();

  constructor(
    private readonly execution: InMemoryExecution,
    private readonly handlers: Readonly<Record<string, TaskHandler>>,
    private readonly defaultHandler?: TaskHandler,
  ) {}

  start(runId: number, command: RunTask): void {
    const { execution } = this;
    const { awaitId, taskToken } = command;
    const key = ++this.nextTask;
    const task: RunningTask = { runId, awaitId, taskToken, lastBeat: execution.clock.now() };
    this.running.set(key, task);
    if (taskToken) {
      this.byToken.set(taskToken, key);
      task.started = true;
      execution.deliver(runId, { type: 'TaskStarted', awaitId });
    }
    this.armTimeouts(key, task, command);
    const handler = findHandler(this.handlers, command, this.defaultHandler);
    const callback = taskToken !== undefined;
    if (!handler) {
      if (!callback) this.finish(key, { type: 'TaskFailed', awaitId, ...missingHandler(command, execution.info) });
      return;
    }
    const context = new InMemoryTaskContext(this, task, command, `${execution.info.executionArn}/${runId}`);
    this.busy++;
    const succeeded = (result: Json | undefined): StepEvent => ({ type: 'TaskSucceeded', awaitId, output: result ?? null });
    const failed = (thrown: unknown): StepEvent => ({ type: 'TaskFailed', awaitId, ...thrownFailure(thrown) });
    let returned: Json | PromiseLike<Json>;
    try {
      returned = handler(command.input, context);
    } catch (thrown) {
      return this.settle(key, callback, failed(thrown));
    }
    if (isThenable(returned)) {
      Promise.resolve(returned).then(
        (result) => this.settle(key, callback, succeeded(result)),
        (thrown) => this.settle(key, callback, failed(thrown)),
      );
    } else {
      this.settle(key, callback, succeeded(returned));
    }
  }

  /** A handler finished: its outcome ends the task, except a callback task's result, which waits for its token. */
  private settle(key: number, callback: boolean, event: StepEvent): void {
    this.busy--;
    if (!callback || event.type === 'TaskFailed') this.finish(key, event);
    this.execution.wake();
  }

  /** Sleeps on the execution's clock; a sleeping handler does not hold virtual time back. */
  sleep(seconds: number): Promise<void> {
    const { timers, clock } = this.execution;
    this.busy--;
    this.execution.wake();
    return new Promise<void>((resolve) =>
      timers.add(clock.now() + seconds * 1000, () => {
        this.busy++;
        resolve();
      }),
    );
  }

  now(): number {
    return this.execution.clock.now();
  }

  /** SendTaskSuccess / SendTaskFailure / SendTaskHeartbeat for a `.waitForTaskToken` task. */
  callback(taskToken: string, outcome: { output: Json } | { error: string; cause?: string } | 'heartbeat'): boolean {
    const key = this.byToken.get(taskToken);
    const task = key ? this.running.get(key) : undefined;
    if (!key || !task) return false;
    if (outcome === 'heartbeat') {
      task.lastBeat = this.execution.clock.now();
      return true;
    }
    const event: StepEvent =
      'output' in outcome
        ? { type: 'TaskSucceeded', awaitId: task.awaitId, output: outcome.output, callback: true }
        : { type: 'TaskFailed', awaitId: task.awaitId, error: outcome.error, cause: outcome.cause };
    this.finish(key, event);
    return true;
  }

  cancel(runId: number, awaitId: number): void {
    for (const [key, task] of this.running) {
      if (task.runId !== runId || task.awaitId !== awaitId) continue;
      this.forget(key, task);
      task.context?.controller?.abort();
    }
  }

  cancelAll(): void {
    for (const [key, task] of this.running) {
      this.forget(key, task);
      task.context?.controller?.abort();
    }
  }

  private finish(key: number, event: StepEvent): void {
    const task = this.running.get(key);
    if (!task) return; // already timed out, cancelled or answered
    this.forget(key, task);
    if (event.type === 'TaskTimedOut') task.context?.controller?.abort();
    this.execution.deliver(task.runId, task.started ? event : [{ type: 'TaskStarted', awaitId: task.awaitId }, event]);
  }

  private forget(key: number, task: RunningTask): void {
    this.running.delete(key);
    if (task.taskToken) this.byToken.delete(task.taskToken);
  }

  private armTimeouts(key: number, task: RunningTask, command: RunTask): void {
    const { timers, clock } = this.execution;
    const { awaitId } = command;
    if (command.timeoutSeconds !== undefined) {
      timers.add(clock.now() + command.timeoutSeconds * 1000, () => this.finish(key, { type: 'TaskTimedOut', awaitId }));
    }
    const heartbeat = command.heartbeatSeconds;
    if (heartbeat === undefined) return;
    const check = () => {
      if (!this.running.has(key)) return;
      const due = task.lastBeat + heartbeat * 1000;
      if (clock.now() >= due) this.finish(key, { type: 'TaskTimedOut', awaitId, heartbeat: true });
      else timers.add(due, check);
    };
    timers.add(task.lastBeat + heartbeat * 1000, check);
  }
}

function isThenable(value: unknown): value is PromiseLike<Json> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}
