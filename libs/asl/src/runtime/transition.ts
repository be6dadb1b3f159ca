import type { Json, JsonObject } from '../json';
import type { QueryLanguage, StateDefinition, StateMachineDefinition } from '../definition/state-machine.definition';
import type { StatesError } from '../errors/states-error';
import type { EvalScope } from './eval-scope';
import type { HistoryEvent } from './history-event';
import type { Command } from './command';
import type { ActiveState, Awaiting, FanOutLeft, RunSnapshot } from './snapshot';
import type { StepContext } from './step-context';
import type { JsonataBindings } from '../jsonata';
import { buildContextObject } from './context-object';
import { StateScope } from './state-scope';
import { fault, statesError } from '../errors/states-error';
import { exceedsPayloadLimit } from '../fields/payload-size';
import { machineQueryLanguage, resolveMachine } from './machine';

/** AWS's `inputDetails` / `outputDetails`: payloads are never truncated here. */
export const NOT_TRUNCATED = Object.freeze({ truncated: false });

/** The outcome of one `step`: the next snapshot, the history it wrote, and what to do next. */
export interface StepResult {
  readonly snapshot: RunSnapshot;
  readonly events: HistoryEvent[];
  readonly commands: Command[];
}

/** What a task's wait records besides its id. */
type AwaitingTaskDetails = Partial<Omit<Extract<Awaiting, { kind: 'task' }>, 'id' | 'kind'>>;

/**
 * The working set of one `step` call: the run being advanced, the events and commands it
 * produces, and the primitives states use to move on (exit, await, end). It holds no rules.
 */
export class Transition {
  readonly events: HistoryEvent[] = [];
  readonly commands: Command[] = [];
  readonly machine: StateMachineDefinition;
  /** The state to enter once the current one has exited. */
  next?: { readonly name: string; readonly input: Json; readonly fanOut?: FanOutLeft };

  constructor(
    readonly root: StateMachineDefinition,
    readonly run: RunSnapshot,
    readonly ctx: StepContext,
  ) {
    this.machine = resolveMachine(root, run.machine);
  }

  get isExecution(): boolean {
    return this.run.machine.length === 0;
  }

  result(): StepResult {
    return { snapshot: this.run, events: this.events, commands: this.commands };
  }

  /** Appends a history event, linked to this run's previous one; returns its id. */
  emit(type: string, details?: Record<string, unknown>): number {
    const id = this.ctx.nextEventId();
    this.events.push({ id, previousEventId: this.run.lastEventId, timestamp: this.ctx.now, type, details });
    this.run.lastEventId = id;
    return id;
  }

  get state(): ActiveState {
    const state = this.run.state;
    if (!state) throw new Error('No active state');
    return state;
  }

  /** The active state's definition, looked up once per state. */
  get definition(): StateDefinition {
    const name = this.state.name;
    if (this.definitionOf !== name) {
      this.cachedDefinition = this.machine.States[name];
      this.definitionOf = name;
    }
    return this.cachedDefinition as StateDefinition;
  }

  private definitionOf?: string;
  private cachedDefinition?: StateDefinition;

  queryLanguage(def: { QueryLanguage?: QueryLanguage } = this.definition): QueryLanguage {
    return def.QueryLanguage ?? machineQueryLanguage(this.root);
  }

  /** Variables visible to the active state as of its entry: its own scope over the outer ones. */
  get variables(): JsonObject {
    const { variables, outerVariables } = this.run;
    return outerVariables ? { ...outerVariables, ...variables } : variables;
  }

  /** The JSONPath evaluation scope, `$` bound to `input`. */
  scope(input: Json, taskToken?: string): EvalScope {
    const { ctx, run } = this;
    return new StateScope(input, this.variables, ctx.entropy, ctx.execution, run, this.state, 'Retry' in this.definition, taskToken);
  }

  /** The JSONata bindings of the active state: `$states` and the visible variables. */
  bindings(extra: { input?: Json; result?: Json; errorOutput?: Json; taskToken?: string } = {}): JsonataBindings {
    const states: JsonataBindings['states'] = {
      input: extra.input ?? this.state.input,
      context: buildContextObject(this.ctx.execution, this.run, this.state, 'Retry' in this.definition, extra.taskToken),
    };
    if (extra.result !== undefined) states.result = extra.result;
    if (extra.errorOutput !== undefined) states.errorOutput = extra.errorOutput;
    return { states, variables: this.variables };
  }

  jsonataOptions() {
    return { entropy: this.ctx.entropy, now: this.ctx.now };
  }

  /** Enters a state: records it as active and writes its `<Type>StateEntered` event. */
  enterState(name: string, input: Json): ActiveState {
    const type = this.machine.States[name].Type;
    const enteredEventId = this.emit(`${type}StateEntered`, {
      name,
      input,
      inputDetails: NOT_TRUNCATED,
    });
    const state: ActiveState = {
      name,
      input,
      enteredTime: this.ctx.now,
      enteredEventId,
      retryCount: 0,
    };
    this.run.state = state;
    return state;
  }

  /** Makes the active state wait; the answer must carry the returned id. */
  await(kind: Awaiting['kind'], extra: AwaitingTaskDetails = {}): number {
    const id = ++this.run.awaitCounter;
    const awaiting: Record<string, unknown> = { id, kind };
    for (const [key, value] of Object.entries(extra)) if (value !== undefined) awaiting[key] = value;
    this.state.awaiting = awaiting as unknown as Awaiting;
    return id;
  }

  /**
   * Exits the active state with its output and assigned variables, then moves to `next`
   * (by default the state's Next), or ends the run when the state is terminal.
   */
  exitState(output: Json, assigned?: JsonObject, next?: string): void {
    if (exceedsPayloadLimit(output, this.ctx.maxPayloadBytes)) fault(dataLimitExceeded(this.state.name));
    const def = this.definition as StateDefinition & { Next?: string; End?: boolean };
    const details: Record<string, unknown> = { name: this.state.name, output, outputDetails: NOT_TRUNCATED };
    if (assigned) {
      details.assignedVariables = assigned;
      details.assignedVariablesDetails = NOT_TRUNCATED;
      this.run.variables = { ...this.run.variables, ...assigned };
    }
    this.emit(`${def.Type}StateExited`, details);
    this.run.state = undefined;
    const target = next ?? def.Next;
    if (target !== undefined && def.Type !== 'Succeed') {
      this.next = { name: target, input: output };
    } else {
      this.succeedRun(output);
    }
  }

  succeedRun(output: Json): void {
    this.run.status = 'SUCCEEDED';
    this.run.output = output;
    this.run.state = undefined;
    if (this.isExecution) {
      this.emit('ExecutionSucceeded', {
        output,
        outputDetails: NOT_TRUNCATED,
      });
    }
  }

  failRun(error: StatesError): void {
    this.endRun('FAILED', error);
  }

  /** Ends the run unsuccessfully; the execution writes its terminal event. */
  endRun(status: 'FAILED' | 'ABORTED' | 'TIMED_OUT', error: StatesError): void {
    this.run.status = status;
    this.run.error = error.error;
    this.run.cause = error.cause ?? null;
    const state = this.run.state;
    if (state) this.run.redriveFrom = { name: state.name, input: state.input, ...(state.fanOutLeft && { fanOut: state.fanOutLeft }) };
    this.run.state = undefined;
    this.next = undefined;
    if (!this.isExecution) return;
    const details: Record<string, unknown> = {};
    if (error.error !== null && error.error !== undefined) details.error = error.error;
    if (error.cause !== null && error.cause !== undefined) details.cause = error.cause;
    const type = { FAILED: 'ExecutionFailed', ABORTED: 'ExecutionAborted', TIMED_OUT: 'ExecutionTimedOut' }[status];
    this.emit(type, details);
  }

  command(command: Command): void {
    this.commands.push(command);
  }
}

/** AWS's cause when a state or task produces more than the payload limit. */
export function dataLimitExceeded(source: string): StatesError {
  return statesError.dataLimitExceeded(
    `The state/task '${source}' returned a result with a size exceeding the maximum number of bytes service limit.`,
  );
}
