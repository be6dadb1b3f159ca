import { newRun } from '@lib/asl';
import type { ExecutionRecord } from './execution-record';
import { RunCache, type CachedRun } from './run-cache';

const entry = (executionId: string): CachedRun => ({
  execution: { id: executionId } as ExecutionRecord,
  run: { snapshot: newRun({ input: {} }), version: 1 },
});

describe(RunCache.name, () => {
  it('hands a remembered run out once', () => {
    const cache = new RunCache(1000);
    const cached = entry('e1');
    cache.remember('r', cached, 10);
    expect(cache.take('e1', 'r')).toBe(cached);
    expect(cache.take('e1', 'r')).toBeUndefined();
    expect(cache.take('e1', 'r-1-0')).toBeUndefined();
  });

  it('keeps the latest record of a run', () => {
    const cache = new RunCache(1000);
    const latest = entry('e1');
    cache.remember('r', entry('e1'), 10);
    cache.remember('r', latest, 10);
    expect(cache.size).toBe(1);
    expect(cache.take('e1', 'r')).toBe(latest);
  });

  it('lets the oldest runs go past its size, and never keeps a record too large for it', () => {
    const cache = new RunCache(1600);
    for (let i = 1; i <= 17; i++) cache.remember('r', entry(`e${i}`), 100);
    expect(cache.size).toBe(16);
    expect(cache.take('e1', 'r')).toBeUndefined();
    expect(cache.take('e2', 'r')).toBeDefined();
    expect(cache.take('e17', 'r')).toBeDefined();

    // A sixteenth of the whole at most, so that one large run does not empty it.
    cache.remember('r', entry('big'), 101);
    expect(cache.take('big', 'r')).toBeUndefined();
  });
});
