import { VirtualClock } from '@lib/asl';

/**
 * A VirtualClock (time jumps, nothing sleeps) that also yields to the event loop on every wait.
 * A virtual-time loop of Wait states would otherwise run on microtasks alone and starve the
 * runner's wall-clock guard timer.
 */
export class YieldingVirtualClock extends VirtualClock {
  override async waitUntil(epochMs: number): Promise<void> {
    await super.waitUntil(epochMs);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
