import type { StateDefinition, StateMachineDefinition } from '../definition/state-machine.definition';
import type { Json, JsonObject } from '../json';
import { findCatcher } from '../fields/catch';
import { applyInputPath } from '../fields/input-path';
import { evaluatePayloadTemplate } from '../fields/payload-template';
import { applyResultPath } from '../fields/result-path';
import type { Entropy } from '../runtime/entropy';
import type { HistoryEvent } from '../runtime/history-event';
import { newRun } from '../runtime/new-run';
import type { RunSnapshot } from '../runtime/snapshot';
import { step } from '../runtime/step';
import { DEFAULT_MAX_PAYLOAD_BYTES, type ExecutionInfo } from '../runtime/step-context';
import type { StepEvent } from '../runtime/step-event';
import type { TestStateMachine } from './test-state-machine';

/** What the state under test gets instead of calling its service: a result or an error. */
export type TestStateMock = { readonly result: Json } | Failure;

interface Failure {
  readonly error: string;
  readonly cause?: string;
}

export interface TestStateOptions {
  /** The parsed `testStateMachine(...)` definition, and its stand-ins. */
  readonly machine: StateMachineDefinition;
  readonly standIns: TestStateMachine['successorOf'];
  readonly stateName: string;
  readonly input: Json;
  readonly variables?: JsonObject;
  readonly mock?: TestStateMock;
  /** Retries the matching Retrier has already made (TestState's `stateConfiguration.retrierRetryCount`). */
  readonly retrierRetryCount?: number;
  readonly execution: ExecutionInfo;
  readonly entropy: Entropy;
  readonly now: number;
}

export type TestStateStatus = 'SUCCEEDED' | 'FAILED' | 'RETRIABLE' | 'CAUGHT_ERROR';

/** TestState's answer, with payloads as values; `inspection` holds the DEBUG data. */
export interface TestStateResult {
  readonly status: TestStateStatus;
  readonly output?: Json;
  readonly error?: string;
  readonly cause?: string;
  readonly nextState?: string;
  readonly inspection: Readonly<Record<string, unknown>>;
}

/** Steps a test never needs more of: each retry the request replays takes two. */
const MAX_STEPS = 1000;

/**
 * Runs one state with `step`, answering its task with the mock and firing timers at once (time is
 * skipped), until the state has moved on, ended the run, or (after `retrierRetryCount` retries)
 * would be retried again: that is RETRIABLE.
 */
export async function testState(options: TestStateOptions): Promise<TestStateResult> {
  let now = options.now;
  let eventId = 0;
  let snapshot: RunSnapshot = { ...newRun({ input: options.input }), variables: { ...options.variables } };
  let events: StepEvent[] = [{ type: 'Start' }];
  let retries = options.retrierRetryCount ?? 0;
  let failure: Failure | undefined;
  const history: HistoryEvent[] = [];
  const context = () => ({ now, execution: options.execution, entropy: options.entropy, nextEventId: () => ++eventId, maxPayloadBytes: DEFAULT_MAX_PAYLOAD_BYTES, maxChildConcurrency: 1 });
  for (let i = 0; i < MAX_STEPS && events.length > 0; i++) {
    const result = await step(options.machine, snapshot, events, context());
    snapshot = result.snapshot;
    history.push(...result.events);
    events = [];
    const command = snapshot.status === 'RUNNING' ? result.commands[0] : undefined;
    if (command?.kind === 'RunTask') {
      const answer: StepEvent = options.mock && 'result' in options.mock
        ? { type: 'TaskSucceeded', awaitId: command.awaitId, output: options.mock.result, callback: true }
        : { type: 'TaskFailed', awaitId: command.awaitId, error: failureOf(options.mock).error, cause: failureOf(options.mock).cause };
      if (answer.type === 'TaskFailed') failure = { error: answer.error, cause: answer.cause };
      events = [{ type: 'TaskStarted', awaitId: command.awaitId }, answer];
    } else if (command?.kind === 'StartTimer') {
      if (snapshot.state?.awaiting?.kind === 'retry' && retries-- <= 0) return retriable(options, snapshot, failure, command.dueAt - now);
      now = Math.max(now, command.dueAt);
      events = [{ type: 'TimerFired', awaitId: command.awaitId }];
    }
  }
  return outcome(options, snapshot, history, failure);
}

function failureOf(mock: TestStateMock | undefined): Failure {
  return mock && 'error' in mock ? mock : { error: 'States.TaskFailed', cause: 'No mock' };
}

function retriable(options: TestStateOptions, snapshot: RunSnapshot, failure: Failure | undefined, backoffMs: number): TestStateResult {
  const attempts = snapshot.state?.retrierAttempts ?? [];
  const retryIndex = attempts.findIndex((n) => n !== undefined && n > 0);
  return {
    status: 'RETRIABLE',
    ...failure,
    inspection: { ...inspect(options, snapshot, undefined), errorDetails: { retryIndex: Math.max(0, retryIndex), retryBackoffIntervalSeconds: backoffMs / 1000 } },
  };
}

function outcome(options: TestStateOptions, snapshot: RunSnapshot, history: HistoryEvent[], failure: Failure | undefined): TestStateResult {
  const exited = [...history].reverse().find((e) => e.type.endsWith('StateExited') && e.details?.name === options.stateName);
  const output = exited?.details?.output as Json | undefined;
  if (snapshot.status !== 'SUCCEEDED') {
    return { status: 'FAILED', error: snapshot.error ?? undefined, cause: snapshot.cause ?? undefined, inspection: inspect(options, snapshot, history) };
  }
  const entered = [...history].reverse().find((e) => e.type.endsWith('StateEntered'))?.details?.name as string | undefined;
  const nextState = entered === options.stateName ? undefined : entered && (options.standIns.get(entered) ?? entered);
  const def = options.machine.States[options.stateName] as StateDefinition & { Catch?: [] };
  const catcher = failure && findCatcher(def.Catch, failure.error);
  const base = { output: output ?? snapshot.output, ...(nextState !== undefined && { nextState }) };
  if (!catcher) return { status: 'SUCCEEDED', ...base, inspection: inspect(options, snapshot, history) };
  const errorDetails = { catchIndex: (def.Catch ?? []).indexOf(catcher as never) };
  return { status: 'CAUGHT_ERROR', ...base, ...failure, inspection: { ...inspect(options, snapshot, history), errorDetails } };
}

/**
 * DEBUG's data-flow stages, from the state's fields and the events it wrote: JSONPath's
 * InputPath, Parameters, raw result, ResultSelector and ResultPath; JSONata's Arguments.
 */
function inspect(options: TestStateOptions, snapshot: RunSnapshot, history: HistoryEvent[] | undefined): Record<string, unknown> {
  const def = options.machine.States[options.stateName] as StateDefinition & Record<string, Json | undefined>;
  const jsonata = (def.QueryLanguage ?? options.machine.QueryLanguage) === 'JSONata';
  const scope = (input: Json) => ({ input, context: {}, variables: { ...options.variables }, entropy: options.entropy });
  const details = history?.find((e) => e.type.endsWith('Scheduled'))?.details;
  const scheduled = (details?.parameters ?? details?.input) as Json | undefined;
  const result = options.mock && 'result' in options.mock ? options.mock.result : undefined;
  const data: Record<string, unknown> = { input: options.input, variables: snapshot.variables };
  if (jsonata) return { ...data, ...(scheduled !== undefined && { afterArguments: scheduled }), ...(result !== undefined && { result }) };
  data.afterInputPath = applyInputPath(def.InputPath as string | undefined, scope(options.input));
  if (scheduled !== undefined) data.afterParameters = scheduled;
  if (result === undefined) return data;
  const selected = def.ResultSelector !== undefined ? evaluatePayloadTemplate(def.ResultSelector, scope(result)) : result;
  return { ...data, result, afterResultSelector: selected, afterResultPath: applyResultPath(def.ResultPath as string | undefined, options.input, selected) };
}
