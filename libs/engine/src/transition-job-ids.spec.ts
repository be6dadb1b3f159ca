import { transitionJobIds } from './transition-job-ids';

describe('transitionJobIds', () => {
  const run = { executionId: 'e1', runId: 'r-2-7' };
  const wait = { ...run, awaitId: 3 };
  const all = [
    transitionJobIds.start(run),
    transitionJobIds.stop(run),
    // Stops are named after the redrive they end, so a redriven execution can be stopped again.
    transitionJobIds.stop(run, 1),
    transitionJobIds.redrive(run, 1),
    transitionJobIds.executionTimeout(run),
    transitionJobIds.historyLimit(run),
    transitionJobIds.drainAfter(run, 4),
    transitionJobIds.taskTimeout(wait),
    transitionJobIds.heartbeatCheck(wait, 1),
    transitionJobIds.heartbeatCheck(wait, 1_700_000_000_000),
    transitionJobIds.timer(wait),
    transitionJobIds.callback(wait),
    transitionJobIds.activityStarted(wait),
    transitionJobIds.childDrain(wait, 0),
    transitionJobIds.mapRunUpdate(wait, 'n1'),
  ];

  it("give every transition of a run its own id, within the run's, and never a colon", () => {
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) {
      expect(id.startsWith('e1.r-2-7.')).toBe(true);
      expect(id).not.toContain(':');
    }
  });
});
