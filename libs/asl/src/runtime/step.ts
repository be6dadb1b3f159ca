import type { StateMachineDefinition } from '../definition/state-machine.definition';
import { StatesErrorName } from '../errors/states-error-name';
import { StatesFault, statesError, type StatesError } from '../errors/states-error';
import { exceedsPayloadLimit } from '../fields/payload-size';
import { stateHandlers } from '../states';
import type { FanOutLeft, RunSnapshot } from './snapshot';
import type { StepContext } from './step-context';
import type { StepEvent } from './step-event';
import { NOT_TRUNCATED, Transition, type StepResult } from './transition';
import { handleStateError } from './handle-state-error';
import { isPromise, type MaybePromise } from './maybe-promise';
import { endMapRun } from '../states/map-run';
import { abandonFanOut } from '../states/fan-out';

/**
 * The interpreter's one entry point: applies an event (or several, in order) to a run and returns
 * the next snapshot, the history events written and the commands to carry out. Pure but for the
 * injected context. Consecutive states that need nothing from outside (Pass, Choice, Succeed,
 * Fail, ...) are run in the same call, each transition recorded. The result comes back at once,
 * or as a promise when a JSONata expression had to be evaluated (JSONata is asynchronous).
 */
export function step(
  root: StateMachineDefinition,
  snapshot: RunSnapshot,
  events: StepEvent | readonly StepEvent[],
  ctx: StepContext,
): MaybePromise<StepResult> {
  const t = new Transition(root, snapshot, ctx);
  const list = (Array.isArray(events) ? events : [events]) as readonly StepEvent[];
  const done = applyFrom(t, list, 0);
  return isPromise(done) ? done.then(() => t.result()) : t.result();
}

function applyFrom(t: Transition, events: readonly StepEvent[], from: number): MaybePromise<void> {
  for (let i = from; i < events.length; i++) {
    const pending = apply(t, events[i]);
    if (isPromise(pending)) return pending.then(() => applyFrom(t, events, i + 1));
  }
}

function apply(t: Transition, event: StepEvent): MaybePromise<void> {
  if (event.type === 'Redrive') return redrive(t);
  if (t.run.status !== 'RUNNING') return;
  const dispatched = guarded(t, dispatch, event);
  return isPromise(dispatched) ? dispatched.then(() => advance(t)) : advance(t);
}

/**
 * Resumes an ended run at the state it ended in, with that state's input and the variables it
 * had; what succeeded before stays as it was, down to the children of a Parallel or Map.
 */
function redrive(t: Transition): MaybePromise<void> {
  const { run } = t;
  if (run.status === 'RUNNING' || run.status === 'SUCCEEDED' || !run.redriveFrom) return;
  const from = run.redriveFrom;
  run.status = 'RUNNING';
  run.error = run.cause = undefined;
  run.redriveFrom = undefined;
  if (t.isExecution) t.emit('ExecutionRedriven', { redriveCount: t.ctx.execution.redriveCount });
  t.next = from;
  return advance(t);
}

/** Enters the next states while each moves straight on to another. */
function advance(t: Transition): MaybePromise<void> {
  while (t.next && t.run.status === 'RUNNING') {
    const { name, input, fanOut } = t.next;
    t.next = undefined;
    const entered = guarded(t, enter, name, input, fanOut);
    if (isPromise(entered)) return entered.then(() => advance(t));
  }
}

function dispatch(t: Transition, event: StepEvent): MaybePromise<void> {
  switch (event.type) {
    case 'Start':
      return start(t);
    case 'Stop':
      return end(t, 'ABORTED', { error: event.error ?? null, cause: event.cause });
    case 'Terminate':
      return end(t, 'FAILED', { error: event.error, cause: event.cause });
    case 'ExecutionTimedOut':
      return end(t, 'TIMED_OUT', { error: null, cause: null });
    case 'Redrive':
      return; // applied before dispatch
  }
  const state = t.run.state;
  if (!state?.awaiting || state.awaiting.id !== event.awaitId) return; // a late answer to an earlier wait
  if (event.type === 'TimerFired' && state.awaiting.kind === 'retry') {
    state.awaiting = undefined;
    state.fanOutLeft = undefined; // a retry runs the whole state again
    return stateHandlers[t.definition.Type].run(t, t.definition as never);
  }
  return stateHandlers[t.definition.Type].onEvent?.(t, t.definition as never, event);
}

function start(t: Transition): void {
  const { run, ctx } = t;
  if (t.isExecution) {
    t.emit('ExecutionStarted', {
      input: run.input,
      inputDetails: NOT_TRUNCATED,
      roleArn: ctx.execution.roleArn,
      stateMachineArn: ctx.execution.stateMachineArn,
    });
    if (exceedsPayloadLimit(run.input, ctx.maxPayloadBytes)) {
      t.failRun(statesError.dataLimitExceeded('The execution input exceeds the maximum number of bytes service limit.'));
      return;
    }
  }
  t.next = { name: t.machine.StartAt, input: run.input };
}

function enter(t: Transition, name: string, input: RunSnapshot['input'], fanOut?: FanOutLeft): MaybePromise<void> {
  t.enterState(name, input);
  if (fanOut) t.state.fanOutLeft = fanOut;
  return stateHandlers[t.definition.Type].run(t, t.definition as never);
}

/** Stops or times out the run, telling whatever the active state waits on to stop. */
function end(t: Transition, status: 'ABORTED' | 'TIMED_OUT' | 'FAILED', error: StatesError): void {
  const state = t.run.state;
  if (state) {
    const awaiting = state.awaiting;
    if (awaiting?.kind === 'children' && state.fanOut) {
      abandonFanOut(t, state.fanOut, awaiting.id);
      endMapRun(t, state.fanOut, 'MapRunAborted');
    }
    if (awaiting?.kind === 'task') t.command({ kind: 'CancelTask', awaitId: awaiting.id });
    const type = t.definition.Type;
    if (status === 'ABORTED' && ['Task', 'Map', 'Parallel', 'Wait'].includes(type)) {
      t.emit(`${type}StateAborted`);
    }
  }
  t.endRun(status, error);
}

/** The one boundary where a StatesFault from evaluation code becomes a state failure value. */
function guarded<A extends unknown[]>(
  t: Transition,
  work: (t: Transition, ...args: A) => MaybePromise<void>,
  ...args: A
): MaybePromise<void> {
  try {
    const done = work(t, ...args);
    return isPromise(done) ? done.catch((e: unknown) => onFault(t, e)) : undefined;
  } catch (e) {
    return onFault(t, e);
  }
}

async function onFault(t: Transition, e: unknown): Promise<void> {
  if (!(e instanceof StatesFault) || !t.run.state) throw e;
  const error = locate(t, e.statesError);
  try {
    await handleStateError(t, error);
  } catch (inCatcher) {
    if (!(inCatcher instanceof StatesFault)) throw inCatcher;
    t.failRun(locate(t, inCatcher.statesError));
  }
}

const LOCATED: ReadonlySet<string | null> = new Set([StatesErrorName.Runtime, StatesErrorName.QueryEvaluationError]);

/** AWS prefixes evaluation errors with the state and the id of its entered event. */
function locate(t: Transition, error: StatesError): StatesError {
  if (!LOCATED.has(error.error)) return error;
  const { name, enteredEventId } = t.state;
  const where = `An error occurred while executing the state '${name}' (entered at the event id #${enteredEventId}).`;
  return { error: error.error, cause: error.cause ? `${where} ${error.cause}` : where };
}
