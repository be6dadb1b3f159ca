import { performance } from 'node:perf_hooks';
import type { Measurement, MeasureOptions } from '../measure';

/**
 * Keeps `inFlight` runs of `once` going at all times (a closed loop: each lane starts its next
 * run when its last one ends). Counts the runs that end within the measured window, after the
 * warm-up; runs still going at its end are awaited but not counted.
 */
export async function measureConcurrentThroughput(
  once: () => Promise<unknown>,
  inFlight: number,
  options: MeasureOptions,
): Promise<Measurement> {
  const start = performance.now() + options.warmupMs;
  const end = start + options.budgetMs;
  let runs = 0;
  const lane = async (): Promise<void> => {
    while (performance.now() < end) {
      await once();
      const now = performance.now();
      if (now >= start && now < end) runs += 1;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  return { runs, elapsedMs: options.budgetMs, perSecond: (runs * 1000) / options.budgetMs };
}
