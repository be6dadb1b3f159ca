import { performance } from 'node:perf_hooks';

/** Latencies of `runs` runs of `once`, one at a time, after `warmupRuns` unmeasured ones. */
export async function measureLatencies(once: () => Promise<unknown>, runs: number, warmupRuns: number): Promise<number[]> {
  for (let i = 0; i < warmupRuns; i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await once();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** The p-th percentile (0..100) by nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
