import type { TaskHandlerContext } from './executor.types';

/** What the in-memory executor tells a handler; the AbortController is made only if read. */
export class InMemoryTaskContext implements TaskHandlerContext {
  controller?: AbortController;

  constructor(
    readonly resource: string,
    readonly stateName: string,
    readonly attempt: number,
    readonly idempotencyKey: string,
    readonly taskToken: string | undefined,
    private readonly onSleep: (seconds: number) => Promise<void>,
    private readonly onHeartbeat: () => void,
  ) {}

  get signal(): AbortSignal {
    return (this.controller ??= new AbortController()).signal;
  }

  sleep(seconds: number): Promise<void> {
    return this.onSleep(seconds);
  }

  heartbeat(): void {
    this.onHeartbeat();
  }
}
