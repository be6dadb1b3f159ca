import { setTimeout as sleep } from 'node:timers/promises';
import { forEachBounded, inPositionOrder } from './bounded-pool';

describe(forEachBounded.name, () => {
  it('runs every item, never more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await forEachBounded([5, 1, 4, 2, 3, 1, 1], 3, async (ms, position) => {
      most = Math.max(most, ++running);
      await sleep(ms);
      seen[position] = ms;
      running--;
    });
    expect(most).toBe(3);
    expect(seen).toEqual([5, 1, 4, 2, 3, 1, 1]);
  });

  it('starts nothing more once the signal aborts', async () => {
    const controller = new AbortController();
    const started: number[] = [];
    await forEachBounded([0, 1, 2, 3, 4], 2, async (item) => {
      started.push(item);
      if (item === 1) controller.abort();
      await sleep(1);
    }, controller.signal);
    expect(started).toEqual([0, 1]);
  });
});

describe(inPositionOrder.name, () => {
  it('emits results in position order whatever order they arrive in', () => {
    const emitted: string[] = [];
    const arrive = inPositionOrder<string>((r) => emitted.push(r));
    arrive(2, 'c');
    arrive(1, 'b');
    expect(emitted).toEqual([]);
    arrive(0, 'a');
    expect(emitted).toEqual(['a', 'b', 'c']);
    arrive(3, 'd');
    expect(emitted).toEqual(['a', 'b', 'c', 'd']);
  });
});
