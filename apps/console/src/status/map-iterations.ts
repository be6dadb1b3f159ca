import type { StateRun, StateStatus } from './state-run';

export interface IterationSummary {
  readonly index: number;
  /** The status of the iteration's latest state run. */
  readonly status: StateStatus;
}

/** The iterations of one Map run that have started, by index, from the runs inside it. */
export function mapIterations(mapRun: StateRun, runs: readonly StateRun[]): IterationSummary[] {
  const latest = new Map<number, StateRun>();
  for (const run of runs) if (run.parent === mapRun && run.iteration !== undefined) latest.set(run.iteration, run);
  return [...latest].sort(([a], [b]) => a - b).map(([index, run]) => ({ index, status: run.status }));
}
