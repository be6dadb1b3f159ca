/** What the console shows of a state: how one entry into it went. */
export type StateStatus = 'notReached' | 'running' | 'succeeded' | 'failed' | 'caught' | 'retrying' | 'aborted';

export interface MapProgress {
  /** Items to process, once the Map has started. */
  total?: number;
  started: number;
  succeeded: number;
  failed: number;
  aborted: number;
}

/** One entry into a state, from its `<Type>StateEntered` event to its exit (or the execution's end). */
export interface StateRun {
  /** The id of the StateEntered event: unique per run, in history order. */
  readonly key: number;
  readonly nodeId: string;
  readonly name: string;
  /** The ASL Type, from the event type (`TaskStateEntered` → `Task`). */
  readonly type: string;
  /** The Parallel or Map run this one runs inside. */
  readonly parent?: StateRun;
  /** The Map iteration this run belongs to, when its parent is a Map. */
  readonly iteration?: number;
  readonly enteredAt: number;
  readonly input: unknown;
  status: StateStatus;
  /** Task attempts scheduled (1 + retries). */
  attempts: number;
  exitedAt?: number;
  output?: unknown;
  error?: string;
  cause?: string;
  /** The last attempt failed and nothing has happened since. */
  lastAttemptFailed: boolean;
  readonly eventIds: number[];
  readonly map?: MapProgress;
}

/** Entered and neither exited nor ended with the execution. */
export function isOpen(run: StateRun): boolean {
  return run.exitedAt === undefined;
}
