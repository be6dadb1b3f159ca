/** What a TaskFailure carries: the ASL error name a Catcher or Retrier matches, and a cause. */
export interface TaskFailureOptions {
  /** The error name, such as `Payment.Declined`. Names starting with `States.` are reserved for AWS's own errors. */
  readonly error: string;
  /** Human-readable detail, shown as the execution's or the catcher's `Cause`. */
  readonly cause?: string;
}

/**
 * A handler's deliberate failure: the task fails with exactly this error name and cause, as
 * Temporal's `ApplicationFailure` fails an activity with its type and message.
 */
export class TaskFailure extends Error {
  readonly error: string;
  override readonly cause: string | undefined;

  protected constructor({ error, cause }: TaskFailureOptions) {
    super(cause === undefined ? error : `${error}: ${cause}`);
    this.name = new.target.name;
    this.error = error;
    this.cause = cause;
  }

  static create(options: TaskFailureOptions): TaskFailure {
    return new TaskFailure(options);
  }
}
