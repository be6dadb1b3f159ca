import type { Clock } from '@lib/asl';

/**
 * A virtual clock (time jumps, nothing sleeps) that yields to the event loop on every wait.
 * A virtual-time loop of Wait states would otherwise run on microtasks alone and starve the
 * runner's wall-clock guard timer.
 */
export class YieldingVirtualClock implements Clock {
  constructor(private current: number) {}

  now(): number {
    return this.current;
  }

  async waitUntil(epochMs: number): Promise<void> {
    if (epochMs > this.current) this.current = epochMs;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
