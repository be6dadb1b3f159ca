import type { MapProgress, StateRun, StateStatus } from './state-run';

/**
 * What the graph draws for each node: the status of the runs that match the Map iterations the
 * user opened. A node inside a Map whose iteration is not chosen shows all its iterations at
 * once, with the status that needs attention most.
 */
export interface NodeView {
  readonly status: StateStatus;
  /** The runs shown, oldest first. */
  readonly runs: readonly StateRun[];
  readonly map?: MapProgress;
}

/** Map node id → the iteration index opened in it. */
export type IterationSelection = ReadonlyMap<string, number>;

/** From most to least in need of attention. */
const ATTENTION: readonly StateStatus[] = ['running', 'retrying', 'failed', 'aborted', 'caught', 'succeeded', 'notReached'];

export function nodeViews(runs: readonly StateRun[], selection: IterationSelection = new Map()): Map<string, NodeView> {
  const byNode = new Map<string, StateRun[]>();
  for (const run of runs) {
    if (!inSelection(run, selection)) continue;
    byNode.set(run.nodeId, [...(byNode.get(run.nodeId) ?? []), run]);
  }
  const views = new Map<string, NodeView>();
  for (const [id, nodeRuns] of byNode) {
    const latest = nodeRuns[nodeRuns.length - 1];
    const status = latestPerIteration(nodeRuns).map((run) => run.status).sort((a, b) => ATTENTION.indexOf(a) - ATTENTION.indexOf(b))[0];
    views.set(id, { status, runs: nodeRuns, ...(latest.map && { map: latest.map }) });
  }
  return views;
}

/** Runs of the Map iterations chosen in `selection` (all iterations of a Map with none chosen). */
function inSelection(run: StateRun, selection: IterationSelection): boolean {
  for (let child: StateRun | undefined = run; child?.parent; child = child.parent) {
    const chosen = selection.get(child.parent.nodeId);
    if (chosen !== undefined && child.iteration !== chosen) return false;
  }
  return true;
}

/** A state re-entered in one scope (a loop, a redrive) shows its latest run. */
function latestPerIteration(runs: readonly StateRun[]): StateRun[] {
  const latest = new Map<string, StateRun>();
  for (const run of runs) latest.set(iterationPath(run), run);
  return [...latest.values()];
}

function iterationPath(run: StateRun): string {
  const path: (number | string)[] = [];
  for (let child: StateRun | undefined = run; child?.parent; child = child.parent) path.push(child.iteration ?? child.parent.key);
  return path.join('/');
}
