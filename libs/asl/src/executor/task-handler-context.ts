import type { Command } from '../runtime/command';
import type { TaskHandlerContext } from './executor.types';

/** What the context needs from the executor. */
export interface TaskContextHost {
  sleep(seconds: number): Promise<void>;
  now(): number;
}

/** What the in-memory executor tells a handler; the AbortController is made only if read. */
export class InMemoryTaskContext implements TaskHandlerContext {
  controller?: AbortController;

  constructor(
    private readonly host: TaskContextHost,
    private readonly task: { lastBeat: number; context?: InMemoryTaskContext },
    private readonly command: Extract<Command, { kind: 'RunTask' }>,
    private readonly keyPrefix: string,
  ) {
    task.context = this;
  }

  get resource(): string {
    return this.command.resource;
  }

  get handler(): string {
    return this.command.handler;
  }

  get stateName(): string {
    return this.command.stateName;
  }

  get attempt(): number {
    return this.command.attempt;
  }

  get taskToken(): string | undefined {
    return this.command.taskToken;
  }

  get idempotencyKey(): string {
    return `${this.keyPrefix}/${this.command.stateName}/${this.command.attempt}`;
  }

  get signal(): AbortSignal {
    return (this.controller ??= new AbortController()).signal;
  }

  sleep(seconds: number): Promise<void> {
    return this.host.sleep(seconds);
  }

  heartbeat(): void {
    this.task.lastBeat = this.host.now();
  }
}
