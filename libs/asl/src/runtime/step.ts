import type { StateMachineDefinition } from '../definition/state-machine.definition';
import { StatesErrorName } from '../errors/states-error-name';
import { StatesFault, statesError, type StatesError } from '../errors/states-error';
import { exceedsPayloadLimit } from '../fields/payload-size';
import { stateHandlers } from '../states';
import type { RunSnapshot } from './snapshot';
import type { StepContext } from './step-context';
import type { StepEvent } from './step-event';
import { Transition, type StepResult } from './transition';
import { handleStateError } from './handle-state-error';

/**
 * The interpreter's one entry point: applies an event (or several, in order) to a run and returns
 * the next snapshot, the history events written and the commands to carry out. Pure but for the
 * injected context. Consecutive states that need nothing from outside (Pass, Choice, Succeed,
 * Fail, ...) are run in the same call, each transition recorded.
 */
export async function step(
  root: StateMachineDefinition,
  snapshot: RunSnapshot,
  events: StepEvent | readonly StepEvent[],
  ctx: StepContext,
): Promise<StepResult> {
  const t = new Transition(root, snapshot, ctx);
  if (!Array.isArray(events)) {
    await apply(t, events as StepEvent);
  } else {
    for (const event of events) await apply(t, event);
  }
  return t.result();
}

async function apply(t: Transition, event: StepEvent): Promise<void> {
  if (t.run.status !== 'RUNNING') return;
  await guarded(t, dispatch(t, event));
  while (t.next && t.run.status === 'RUNNING') {
    const { name, input } = t.next;
    t.next = undefined;
    await guarded(t, enter(t, name, input));
  }
}

async function dispatch(t: Transition, event: StepEvent): Promise<void> {
  switch (event.type) {
    case 'Start':
      return start(t);
    case 'Stop':
      return end(t, 'ABORTED', { error: event.error ?? null, cause: event.cause });
    case 'ExecutionTimedOut':
      return end(t, 'TIMED_OUT', { error: null, cause: null });
  }
  const state = t.run.state;
  if (!state?.awaiting || state.awaiting.id !== event.awaitId) return; // a late answer to an earlier wait
  if (event.type === 'TimerFired' && state.awaiting.kind === 'retry') {
    state.awaiting = undefined;
    return stateHandlers[t.definition.Type].run(t, t.definition as never);
  }
  return stateHandlers[t.definition.Type].onEvent?.(t, t.definition as never, event);
}

function start(t: Transition): void {
  const { run, ctx } = t;
  if (t.isExecution) {
    t.emit('ExecutionStarted', {
      input: run.input,
      inputDetails: { truncated: false },
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

async function enter(t: Transition, name: string, input: RunSnapshot['input']): Promise<void> {
  t.enterState(name, input);
  await stateHandlers[t.definition.Type].run(t, t.definition as never);
}

/** Stops or times out the run, telling whatever the active state waits on to stop. */
function end(t: Transition, status: 'ABORTED' | 'TIMED_OUT', error: StatesError): void {
  const state = t.run.state;
  if (state) {
    const awaiting = state.awaiting;
    if (awaiting?.kind === 'children') t.command({ kind: 'StopChildren', awaitId: awaiting.id });
    if (awaiting?.kind === 'task') t.command({ kind: 'CancelTask', awaitId: awaiting.id });
    const type = t.definition.Type;
    if (status === 'ABORTED' && ['Task', 'Map', 'Parallel', 'Wait'].includes(type)) {
      t.emit(`${type}StateAborted`, { name: state.name });
    }
  }
  t.endRun(status, error);
}

/** The one boundary where a StatesFault from evaluation code becomes a state failure value. */
async function guarded(t: Transition, work: Promise<void> | void): Promise<void> {
  try {
    await work;
  } catch (e) {
    if (!(e instanceof StatesFault) || !t.run.state) throw e;
    const error = locate(t, e.statesError);
    try {
      await handleStateError(t, error);
    } catch (inCatcher) {
      if (!(inCatcher instanceof StatesFault)) throw inCatcher;
      t.failRun(locate(t, inCatcher.statesError));
    }
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
