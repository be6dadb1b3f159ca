/**
 * Time as the executor sees it. `libs/asl` never reads the machine's clock: callers pass a
 * VirtualClock (tests, conformance: time is skipped) or a real one from outside the interpreter.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves when `now()` has reached `epochMs`. A virtual clock jumps there at once. */
  waitUntil(epochMs: number): Promise<void>;
  /** True when time moves only by waiting, so it must not move while work is in flight. */
  readonly virtual?: boolean;
}

/** A clock that only moves when the executor waits, so Wait states and backoff take no real time. */
export class VirtualClock implements Clock {
  readonly virtual = true;

  constructor(private current: number) {}

  now(): number {
    return this.current;
  }

  waitUntil(epochMs: number): Promise<void> {
    if (epochMs > this.current) this.current = epochMs;
    return Promise.resolve();
  }
}
