import type { FanOut, FanOutLeft, RunSnapshot, StepEvent } from '@lib/asl';
import type { RunRecord } from './execution-record';
import type { Keys } from './keys';
import { drainJob, type JobPlan } from './plan-jobs';
import { transitionJobIds } from './transition-job-ids';

// How a fan-out's children and their parent share Redis: a finished child's output goes to the
// fan-out's results hash and its completion to the parent's inbox; the parent drains the inbox in
// batches and reads the results once, when the fan-out ends (ADR 15).

/** The completions waiting in a run's inbox, in child order, and their fields. */
export function waitingCompletions(inbox: Record<string, string> = {}): { fields: string[]; events: StepEvent[] } {
  const fields = Object.keys(inbox).sort(byAwaitThenIndex);
  return { fields, events: fields.map((field) => JSON.parse(inbox[field]) as StepEvent) };
}

function byAwaitThenIndex(a: string, b: string): number {
  const [awaitA, indexA] = a.split(':').map(Number);
  const [awaitB, indexB] = b.split(':').map(Number);
  return awaitA - awaitB || indexA - indexB;
}

/**
 * The inbox this commit touches: a finished child leaves its completion in its parent's; a drain
 * removes what it applied from its own and, should more have arrived meanwhile, sends the next
 * drain (named after the run version it commits, so each is unique).
 */
export function inboxUse(keys: Keys, executionId: string, runId: string, run: RunRecord, plan: JobPlan, drained: readonly string[] | undefined) {
  const completion = plan.completion;
  if (completion) {
    return {
      inboxKey: keys.inbox(executionId, completion.parentRunId),
      completion: { field: completion.field, value: JSON.stringify(completion.event), drain: JSON.stringify(completion.drain) },
    };
  }
  const inboxKey = keys.inbox(executionId, runId);
  if (!drained) return { inboxKey };
  const followUp = drainJob(transitionJobIds.drainAfter({ executionId, runId }, run.version), executionId, runId);
  return { inboxKey, consumed: { fields: drained, followUp: JSON.stringify(followUp) } };
}

/** Whether these events end the fan-out the run waits on, so its results are needed now. */
export function completesFanOut(fanOut: FanOut, awaitId: number, events: readonly StepEvent[]): boolean {
  const completions = events.filter((e) => e.type === 'ChildCompleted' && e.awaitId === awaitId).length;
  return completions > 0 && fanOut.succeeded + fanOut.unsuccessful.length + completions >= fanOut.total;
}

/** The fan-out whose results were read, if the step left it (so they can be dropped), unless the run keeps them for a redrive. */
export function left(snapshot: RunSnapshot, consumed: number | undefined): number | undefined {
  if (consumed === undefined || snapshot.state?.awaiting?.id === consumed) return undefined;
  return snapshot.redriveFrom?.fanOut?.awaitId === consumed ? undefined : consumed;
}

/**
 * Where this commit keeps fan-out results: a finished child's output, the parent dropping what it
 * consumed, or a redriven fan-out taking over the results its earlier attempt kept (`carried`).
 */
export function resultStorage(
  keys: Keys,
  executionId: string,
  runId: string,
  run: RunRecord,
  snapshot: RunSnapshot,
  consumed: number | undefined,
  carried?: CarriedResults,
) {
  const parent = run.parent;
  if (parent && snapshot.status === 'SUCCEEDED') {
    return {
      resultsKey: keys.results(executionId, parent.runId, parent.awaitId),
      results: { [parent.index]: JSON.stringify(snapshot.output ?? null) },
    };
  }
  if (consumed !== undefined) return { resultsKey: keys.results(executionId, runId, consumed), dropResults: true };
  if (carried) return { resultsKey: keys.results(executionId, runId, carried.toAwaitId), results: carried.results };
  return { resultsKey: keys.results(executionId, runId, 0) };
}

/** The results a redriven fan-out keeps from its earlier attempt, moving to its new await id. */
export interface CarriedResults {
  readonly fromAwaitId: number;
  readonly toAwaitId: number;
  readonly results: Readonly<Record<string, string>>;
}

/**
 * The results to carry over when this step redrove a fan-out into a new attempt over the same
 * items; `stored` are those the earlier attempt (`left`) kept.
 */
export function carriedResults(left: FanOutLeft | undefined, snapshot: RunSnapshot, stored: Record<string, string>): CarriedResults | undefined {
  const state = snapshot.state;
  if (!left || state?.awaiting?.kind !== 'children' || state.fanOut?.total !== left.total) return undefined;
  return { fromAwaitId: left.awaitId, toAwaitId: state.awaiting.id, results: stored };
}
