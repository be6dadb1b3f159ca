/** What a handler is told about the task attempt it serves. */
export interface TaskContext {
  /** The same for every delivery of this attempt (execution, run, state, attempt): deduplicate side effects with it. */
  readonly idempotencyKey: string;
  /** 1 for the first attempt, 2 for the first retry, ... */
  readonly attempt: number;
  /** The Task state's name. */
  readonly stateName: string;
  /** The Task state's Resource, as written in the definition. */
  readonly resource: string;
  /** For `.waitForTaskToken` tasks: the token to hand to whoever calls SendTaskSuccess or SendTaskFailure. */
  readonly taskToken?: string;
  /** Aborted when the attempt runs past its TimeoutSeconds; pass it to fetch and other cancellable work. */
  readonly signal: AbortSignal;
  /** Tells the coordinator the task is alive, for Task states with HeartbeatSeconds (otherwise does nothing). */
  heartbeat(): Promise<void>;
}

/**
 * Serves one kind of Task: receives the task's input and returns its result (any JSON value;
 * `undefined` becomes `null`) or throws a `TaskFailure`. Declare the input type you expect.
 */
export type TaskHandler<Input = unknown, Result = unknown> = {
  // A method's parameter is checked both ways, so a handler may declare a narrower input type.
  handle(input: Input, ctx: TaskContext): Result | Promise<Result>;
}['handle'];
