import { performance } from 'node:perf_hooks';
import { YieldingVirtualClock } from './yielding-clock';

describe(YieldingVirtualClock.name, () => {
  it('is virtual: waiting jumps the time forward, never back', async () => {
    const clock = new YieldingVirtualClock(1_000);
    expect(clock.virtual).toBe(true);
    await clock.waitUntil(61_000);
    expect(clock.now()).toBe(61_000);
    await clock.waitUntil(5);
    expect(clock.now()).toBe(61_000);
  });

  it('lets timers run while it waits', async () => {
    const clock = new YieldingVirtualClock(0);
    let fired = false;
    setTimeout(() => (fired = true), 0);
    // Without yielding, this loop would run on microtasks alone and the timer could never fire.
    const giveUpAt = performance.now() + 1_000;
    for (let i = 0; !fired && performance.now() < giveUpAt; i++) await clock.waitUntil(i);
    expect(fired).toBe(true);
  });
});
