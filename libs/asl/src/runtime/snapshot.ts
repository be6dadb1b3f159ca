import type { Json, JsonObject } from '../json';

/**
 * Where a run's states are defined: `[]` is the execution's top level; each Parallel adds its
 * state name and a branch index, each Map its state name (its ItemProcessor or Iterator).
 */
export type MachinePath = readonly (string | number)[];

export type RunStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

/**
 * The persisted state of one run: the execution itself, or one Parallel branch or Map
 * iteration inside it. Plain JSON, so a runtime can store it anywhere. `step` takes ownership of
 * the snapshot it is given and returns the next one.
 */
export interface RunSnapshot {
  readonly machine: MachinePath;
  status: RunStatus;
  /** The run's input. */
  readonly input: Json;
  /** Variables assigned in this run's scope. */
  variables: JsonObject;
  /** Variables of enclosing scopes this run can read (a Parallel branch or inline Map iteration). */
  readonly outerVariables?: JsonObject;
  /** `$$.Map.Item` for a Map iteration. */
  readonly mapItem?: { readonly Index: number; readonly Value: Json };
  /** The state being executed, absent before the start and after the end. */
  state?: ActiveState;
  output?: Json;
  error?: string | null;
  cause?: string | null;
  /** Where a redrive resumes: the state the run ended in (failed, stopped, timed out) and its input. */
  redriveFrom?: { readonly name: string; readonly input: Json; readonly fanOut?: FanOutLeft };
  /** Id of this run's latest history event: the next event's previousEventId. */
  lastEventId: number;
  /** Source of await ids, so a late event for an earlier wait is recognised and ignored. */
  awaitCounter: number;
}

/** The state a run is in, and what it waits for. */
export interface ActiveState {
  readonly name: string;
  /** The raw state input. */
  readonly input: Json;
  readonly enteredTime: number;
  readonly enteredEventId: number;
  /** `$$.State.RetryCount`: retries so far, across retriers. */
  retryCount: number;
  /** Attempts made per Retrier, by the Retrier's index; absent before the first retry. */
  retrierAttempts?: number[];
  awaiting?: Awaiting;
  fanOut?: FanOut;
  /**
   * A fan-out of this state that ended without success: kept should the failure end the run, and
   * picked up again when a redrive re-enters the state.
   */
  fanOutLeft?: FanOutLeft;
}

export type Awaiting =
  | {
      readonly id: number;
      readonly kind: 'task';
      readonly attempt: number;
      readonly taskToken?: string;
      /** The result is wrapped in `lambda:invoke`'s response shape. */
      readonly lambdaInvoke?: { readonly logType?: Json };
      /** HeartbeatSeconds(Path) as evaluated: how long a heartbeat (SendTaskHeartbeat) keeps the task alive. */
      readonly heartbeatSeconds?: number;
    }
  | { readonly id: number; readonly kind: 'wait' }
  | { readonly id: number; readonly kind: 'retry' }
  | { readonly id: number; readonly kind: 'children' };

/** Progress of a Parallel or Map state's children. */
export interface FanOut {
  /** The inputs of children not yet started are derived from these (Map items or branch input). */
  readonly items: Json[];
  /** What `$` means to a Map's ItemSelector: the Map state's effective input. */
  readonly selectorInput?: Json;
  /** A distributed Map's children cannot read the parent's variables. */
  readonly isolated?: boolean;
  readonly total: number;
  /** Index of the next child to start. */
  nextIndex: number;
  /** Indexes of the children running. */
  active: number[];
  /** Indexes of children that ended without success (a Map's failures so far). */
  unsuccessful: number[];
  /** Indexes below `nextIndex` to start first: the children a redrive runs again. */
  redo?: number[];
  succeeded: number;
  /**
   * Results by child index, in input order. A runtime may keep them elsewhere and send children's
   * completions without output, filling this in before the completion that ends the fan-out.
   */
  results: Json[];
  /** Children running at once at most; UpdateMapRun may change it, as it may the tolerated failures. */
  maxConcurrency: number;
  toleratedFailureCount: number;
  toleratedFailurePercentage: number;
  /** A distributed Map's Map Run: its ARN and the MaxConcurrency it reports (0: no limit). */
  mapRun?: { readonly arn: string; maxConcurrency: number };
}

/**
 * A fan-out that ended without success, as a redrive needs it: the children that succeeded keep
 * their results (`results`, or the runtime's store under `awaitId`); the others run again.
 */
export interface FanOutLeft {
  readonly awaitId: number;
  readonly total: number;
  readonly nextIndex: number;
  /** Indexes below `nextIndex` that did not succeed, ascending. */
  readonly redo: readonly number[];
  /** Results by index, when the runtime keeps them in the snapshot. */
  readonly results?: Json[];
}
