import { performance } from 'node:perf_hooks';

export interface MeasureOptions {
  /** Real time spent running before measuring, so the JIT has settled. */
  warmupMs: number;
  /** Real time the measured loop runs for. */
  budgetMs: number;
}

export interface Measurement {
  runs: number;
  elapsedMs: number;
  perSecond: number;
}

/** Runs `once` back to back for a time budget and reports completed runs per second. */
export async function measureThroughput(once: () => Promise<unknown>, options: MeasureOptions): Promise<Measurement> {
  const warmupEnd = performance.now() + options.warmupMs;
  do await once();
  while (performance.now() < warmupEnd);
  const start = performance.now();
  const end = start + options.budgetMs;
  let runs = 0;
  let now = start;
  while (now < end) {
    await once();
    runs += 1;
    now = performance.now();
  }
  const elapsedMs = now - start;
  return { runs, elapsedMs, perSecond: (runs * 1000) / elapsedMs };
}
