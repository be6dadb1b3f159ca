/** No execution has that ARN. */
export class ExecutionNotFoundError extends Error {
  constructor(readonly executionArn: string) {
    super(`Execution Does Not Exist: '${executionArn}'`);
    this.name = new.target.name;
  }
}

/** An execution of that name exists and was started with another input, or has ended. */
export class ExecutionAlreadyExistsError extends Error {
  constructor(readonly executionArn: string) {
    super(`Execution Already Exists: '${executionArn}'`);
    this.name = new.target.name;
  }
}

/** No running task waits on that token. */
export class TaskTokenNotFoundError extends Error {
  constructor() {
    super('Task Token Does Not Exist');
    this.name = new.target.name;
  }
}

/** RedriveExecution of an execution that is running or succeeded. */
export class ExecutionNotRedrivableError extends Error {
  constructor(readonly executionArn: string, status: string) {
    super(`Execution '${executionArn}' is ${status} and cannot be redriven`);
    this.name = new.target.name;
  }
}

/** The token is Stepwise's, but its task no longer waits on it (it ended, timed out or was answered). */
export class TaskTimedOutError extends Error {
  constructor() {
    super("Task Timed Out: 'Provided task does not exist anymore'");
    this.name = new.target.name;
  }
}

/** Another request changed the same resource at the same moment, or the change would leave it inconsistent. */
export class ResourceConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A per-resource quota (versions, aliases) is used up. */
export class ServiceQuotaExceededError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A version, alias or tagged resource that does not exist. */
export class ResourceNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Tagging would leave a resource with more tags than allowed. */
export class TooManyTagsError extends Error {
  constructor(readonly resourceName: string, limit: number) {
    super(`Too many tags: a resource may have at most ${limit} tags`);
    this.name = new.target.name;
  }
}

/** No activity has that ARN (DescribeActivity, GetActivityTask). */
export class ActivityNotFoundError extends Error {
  constructor(readonly activityArn: string) {
    super(`Activity Does Not Exist: '${activityArn}'`);
    this.name = new.target.name;
  }
}
