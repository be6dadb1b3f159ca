/*
 * Spec-only helpers: drive `step()` by hand with a fixed clock, seeded entropy and AWS limits.
 * Imported by `*.spec.ts` files only; nothing in the interpreter depends on it.
 */
import type { StateMachineDefinition } from '../definition/state-machine.definition';
import type { Json, JsonObject } from '../json';
import type { Command } from './command';
import { seededEntropy } from './entropy';
import type { EvalScope } from './eval-scope';
import type { HistoryEvent } from './history-event';
import { newRun } from './new-run';
import type { RunSnapshot } from './snapshot';
import { step } from './step';
import { DEFAULT_MAX_PAYLOAD_BYTES, type ExecutionInfo, type StepContext } from './step-context';
import type { StepEvent } from './step-event';
import type { StepResult } from './transition';

/** 2024-01-01T00:00:00.000Z: the fixed start of every hand-driven run. */
export const T0 = Date.UTC(2024, 0, 1);

/** `T0` plus some seconds, in epoch milliseconds. */
export function at(seconds: number): number {
  return T0 + seconds * 1000;
}

export const TEST_EXECUTION: ExecutionInfo = {
  executionArn: 'arn:aws:states:us-east-1:123456789012:execution:Machine:run-1',
  name: 'run-1',
  input: {},
  startTime: T0,
  roleArn: 'arn:aws:iam::123456789012:role/stepwise',
  stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:Machine',
  stateMachineName: 'Machine',
  redriveCount: 0,
  region: 'us-east-1',
  accountId: '123456789012',
  type: 'STANDARD',
};

/** An EvalScope for field evaluators: `$` is `input`, with optional variables and context object. */
export function testScope(input: Json, extra: { variables?: JsonObject; context?: JsonObject } = {}): EvalScope {
  return { input, variables: extra.variables ?? {}, context: extra.context ?? {}, entropy: seededEntropy(1) };
}

/** A StepContext whose `now` the test sets; event ids increase from 1 across every step it serves. */
export interface TestStepContext extends StepContext {
  now: number;
}

export function testStepContext(overrides: Partial<Omit<StepContext, 'nextEventId'>> = {}): TestStepContext {
  let eventId = 0;
  return {
    now: T0,
    execution: TEST_EXECUTION,
    entropy: seededEntropy(1),
    maxPayloadBytes: DEFAULT_MAX_PAYLOAD_BYTES,
    maxChildConcurrency: Number.POSITIVE_INFINITY,
    ...overrides,
    nextEventId: () => ++eventId,
  };
}

/**
 * One run (the execution, or a child from a StartChild command) driven event by event. It keeps
 * the latest snapshot and the history written so far; `send` returns the last StepResult.
 */
export class Driver {
  snapshot: RunSnapshot;
  readonly history: HistoryEvent[] = [];

  constructor(
    readonly definition: StateMachineDefinition,
    snapshot: RunSnapshot,
    readonly ctx: TestStepContext = testStepContext(),
  ) {
    this.snapshot = snapshot;
  }

  /** The execution of `definition` with this input (and its context's input, for `$$.Execution.Input`). */
  static execution(definition: StateMachineDefinition, input: Json, ctx?: TestStepContext): Driver {
    return new Driver(definition, newRun({ input }), ctx);
  }

  /** The child a StartChild command asks for, sharing this driver's context. */
  child(command: Command): Driver {
    if (command.kind !== 'StartChild') throw new Error(`Not a StartChild command: ${command.kind}`);
    return new Driver(this.definition, structuredClone(command.child), this.ctx);
  }

  async send(event: StepEvent | readonly StepEvent[], now?: number): Promise<StepResult> {
    if (now !== undefined) this.ctx.now = now;
    const result = await step(this.definition, this.snapshot, event, this.ctx);
    this.snapshot = result.snapshot;
    this.history.push(...result.events);
    return result;
  }

  start(now?: number): Promise<StepResult> {
    return this.send({ type: 'Start' }, now);
  }

  /** The history event types written so far. */
  get types(): string[] {
    return this.history.map((e) => e.type);
  }

  /** The last history event of a type. */
  last(type: string): HistoryEvent {
    const found = [...this.history].reverse().find((e) => e.type === type);
    if (!found) throw new Error(`No ${type} event in ${JSON.stringify(this.types)}`);
    return found;
  }
}

/** The only command of a result, asserting that there is exactly one of that kind. */
export function only<K extends Command['kind']>(result: StepResult, kind: K): Extract<Command, { kind: K }> {
  const matching = result.commands.filter((c) => c.kind === kind);
  if (matching.length !== 1) throw new Error(`Expected one ${kind}, got ${JSON.stringify(result.commands)}`);
  return matching[0] as Extract<Command, { kind: K }>;
}

/** The StartChild commands of a result, in order. */
export function startChildren(result: { readonly commands: readonly Command[] }): Extract<Command, { kind: 'StartChild' }>[] {
  return result.commands.filter((c): c is Extract<Command, { kind: 'StartChild' }> => c.kind === 'StartChild');
}

/** The ChildCompleted event of a child that succeeded with `output`. */
export function childSucceeded(command: Extract<Command, { kind: 'StartChild' }>, output: Json): StepEvent {
  return { type: 'ChildCompleted', awaitId: command.awaitId, index: command.index, status: 'SUCCEEDED', output };
}

/** The ChildCompleted event of a child that failed. */
export function childFailed(command: Extract<Command, { kind: 'StartChild' }>, error: string, cause?: string): StepEvent {
  return { type: 'ChildCompleted', awaitId: command.awaitId, index: command.index, status: 'FAILED', error, cause };
}

/** The types of the history events of one step. */
export function eventTypes(result: StepResult): string[] {
  return result.events.map((e) => e.type);
}

/**
 * Runs a child to its end, answering each RunTask with `answer` (default: its input),
 * and returns the ChildCompleted event its parent expects.
 */
export async function runChild(
  parent: Driver,
  command: Command,
  answer: (input: Json) => Json = (input) => input,
): Promise<Extract<StepEvent, { type: 'ChildCompleted' }>> {
  if (command.kind !== 'StartChild') throw new Error(`Not a StartChild command: ${command.kind}`);
  const child = parent.child(command);
  let result = await child.start();
  for (let guard = 0; child.snapshot.status === 'RUNNING' && guard < 100; guard++) {
    const task = result.commands.find((c) => c.kind === 'RunTask');
    if (!task || task.kind !== 'RunTask') throw new Error(`Child waits on ${JSON.stringify(result.commands)}`);
    result = await child.send({ type: 'TaskSucceeded', awaitId: task.awaitId, output: answer(task.input) });
  }
  const s = child.snapshot;
  return {
    type: 'ChildCompleted',
    awaitId: command.awaitId,
    index: command.index,
    status: s.status as 'SUCCEEDED' | 'FAILED' | 'ABORTED' | 'TIMED_OUT',
    output: s.output,
    error: s.error,
    cause: s.cause,
  };
}
