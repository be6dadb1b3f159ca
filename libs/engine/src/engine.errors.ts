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
