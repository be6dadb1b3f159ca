import { nodeId, nodesById, type GraphNode, type GraphScope } from '../graph/definition-graph';
import { eventDetails, eventTime, payload, type EventDetails, type HistoryEvent } from './history-event';
import { isOpen, type StateRun } from './state-run';

/**
 * Replays a history into state runs. Which run an event belongs to follows `previousEventId`
 * (AWS's causal chain), walking up to the enclosing run of the right kind: a `MapIteration*`
 * event to its Map, a `TaskSucceeded` to its Task. A run entered right after a
 * `ParallelStateStarted` or `MapIterationStarted` lies inside that Parallel or Map.
 */
export interface ExecutionRuns {
  readonly runs: readonly StateRun[];
  /** Set once the history holds the execution's end. */
  readonly ended?: { readonly status: string; readonly at: number };
}

const SCHEDULED = /^(TaskScheduled|LambdaFunctionScheduled|ActivityScheduled)$/;
const SUCCEEDED = /^(TaskSucceeded|LambdaFunctionSucceeded|ActivitySucceeded)$/;
const FAILED = /^(Task|LambdaFunction|Activity)(Failed|TimedOut|StartFailed|SubmitFailed|ScheduleFailed)$|^(ParallelState|MapState|Evaluation)Failed$/;
const EXECUTION_END: Readonly<Record<string, string>> = {
  ExecutionSucceeded: 'SUCCEEDED',
  ExecutionFailed: 'FAILED',
  ExecutionAborted: 'ABORTED',
  ExecutionTimedOut: 'TIMED_OUT',
};

export function collectStateRuns(graph: GraphScope, events: readonly HistoryEvent[]): ExecutionRuns {
  const nodes = nodesById(graph);
  const owners = new Map<number, StateRun>();
  const eventsById = new Map(events.map((event) => [event.id, event]));
  const runs: StateRun[] = [];
  let ended: ExecutionRuns['ended'];
  for (const event of events) {
    const details = eventDetails(event);
    const at = eventTime(event);
    const previous = owners.get(event.previousEventId ?? 0);
    const entered = /^(\w+)StateEntered$/.exec(event.type);
    if (entered) {
      const run = enter(entered[1], details, at, event.id, previous, eventsById.get(event.previousEventId ?? 0), nodes);
      runs.push(run);
      owners.set(event.id, run);
      continue;
    }
    if (event.type in EXECUTION_END) {
      ended = { status: EXECUTION_END[event.type], at };
      const failed = (run: StateRun) => run.status === 'failed' || (run.lastAttemptFailed && event.type === 'ExecutionFailed');
      for (const run of runs.filter(isOpen)) close(run, at, failed(run) ? 'failed' : 'aborted');
      continue;
    }
    if (event.type === 'ExecutionRedriven') ended = undefined;
    const run = ownerOf(event.type, details, previous, runs);
    if (!run) continue;
    owners.set(event.id, run);
    run.eventIds.push(event.id);
    apply(run, event.type, details, at, nodes.get(run.nodeId));
  }
  return { runs, ...(ended && { ended }) };
}

function enter(type: string, details: EventDetails, at: number, id: number, previous: StateRun | undefined, previousEvent: HistoryEvent | undefined, nodes: Map<string, GraphNode>): StateRun {
  const name = details.name ?? '?';
  let below: StateRun | undefined;
  let parent = previous;
  while (parent && !scopeOf(parent, name, nodes)) [below, parent] = [parent, parent.parent];
  const scopeId = parent ? scopeOf(parent, name, nodes)! : '';
  const iteration = parent?.type !== 'Map' ? undefined : below ? below.iteration : previousEvent && eventDetails(previousEvent).index;
  return {
    key: id,
    nodeId: nodeId(scopeId, name),
    name,
    type,
    ...(parent && { parent }),
    ...(iteration !== undefined && { iteration }),
    enteredAt: at,
    input: payload(details.input),
    status: type === 'Fail' ? 'failed' : 'running',
    attempts: 0,
    lastAttemptFailed: false,
    eventIds: [id],
    ...(type === 'Map' && { map: { started: 0, succeeded: 0, failed: 0, aborted: 0 } }),
  };
}

/** The id of the scope of `run`'s node that holds a state named `name`, if any. */
function scopeOf(run: StateRun, name: string, nodes: Map<string, GraphNode>): string | undefined {
  return nodes.get(run.nodeId)?.scopes.find((scope) => nodes.has(nodeId(scope.id, name)))?.id;
}

function ownerOf(type: string, details: EventDetails, previous: StateRun | undefined, runs: readonly StateRun[]): StateRun | undefined {
  const exited = /^(\w+)State(Exited|Aborted)$/.exec(type);
  const stateType = exited ? exited[1] : /^(Map|Parallel|Wait)/.exec(type)?.[1] ?? (/^(Task|LambdaFunction|Activity)/.test(type) ? 'Task' : undefined);
  const fits = (run: StateRun) => (stateType === undefined || run.type === stateType) && (details.name === undefined || !exited || run.name === details.name);
  for (let run = previous; run; run = run.parent) if (fits(run)) return run;
  return previous ?? [...runs].reverse().find((run) => isOpen(run) && fits(run));
}

function apply(run: StateRun, type: string, details: EventDetails, at: number, node: GraphNode | undefined): void {
  if (SCHEDULED.test(type)) {
    run.attempts += 1;
    run.lastAttemptFailed = false;
    run.status = 'running';
  } else if (SUCCEEDED.test(type)) {
    run.lastAttemptFailed = false;
  } else if (FAILED.test(type)) {
    run.lastAttemptFailed = true;
    run.error = details.error;
    run.cause = details.cause;
    run.status = node?.retries && run.type === 'Task' ? 'retrying' : 'failed';
  } else if (type.endsWith('StateExited')) {
    run.output = payload(details.output);
    close(run, at, run.lastAttemptFailed ? 'caught' : 'succeeded');
  } else if (type.endsWith('StateAborted')) {
    close(run, at, 'aborted');
  } else if (run.map) {
    countMapEvent(run.map, type, details);
  }
}

function countMapEvent(map: NonNullable<StateRun['map']>, type: string, details: EventDetails): void {
  if (type === 'MapStateStarted') map.total = details.length;
  else if (type === 'MapIterationStarted') map.started += 1;
  else if (type === 'MapIterationSucceeded') map.succeeded += 1;
  else if (type === 'MapIterationFailed') map.failed += 1;
  else if (type === 'MapIterationAborted') map.aborted += 1;
}

function close(run: StateRun, at: number, status: StateRun['status']): void {
  run.status = status;
  run.exitedAt = at;
}
