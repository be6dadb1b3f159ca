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
