/**
 * An error the AWS JSON protocol sends back: the AWS error type (the SDK's exception name) and
 * its message. Thrown by the door's own checks; engine errors are mapped to these by name.
 */
export class AwsApiError extends Error {
  constructor(
    /** AWS's error type, e.g. `StateMachineDoesNotExist`. */
    readonly type: string,
    message: string,
    /** 400 for the caller's mistakes; 5xx tells the SDK it may retry. */
    readonly status = 400,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The AWS errors the door raises itself, with AWS's messages. */
export const awsError = {
  unknownOperation: (target: string | undefined) =>
    new AwsApiError('UnknownOperationException', target ? `Unknown operation: '${target}'` : 'Missing X-Amz-Target header'),
  serialization: (message: string) => new AwsApiError('SerializationException', message),
  validation: (problems: readonly string[]) =>
    new AwsApiError('ValidationException', `${problems.length} validation error${problems.length > 1 ? 's' : ''} detected: ${problems.join('; ')}`),
  requestTooLarge: (limit: number) => new AwsApiError('ValidationException', `Request body exceeds the limit of ${limit} bytes`, 413),
  missingParameter: (message: string) => new AwsApiError('MissingRequiredParameter', message),
  invalidArn: (reason: string) => new AwsApiError('InvalidArn', `Invalid Arn: '${reason}'`),
  invalidRoleArn: (arn: string) => new AwsApiError('InvalidArn', `Invalid Role Arn: '${arn}'`),
  invalidName: (name: string) => new AwsApiError('InvalidName', `Invalid Name: '${name}'`),
  invalidToken: () => new AwsApiError('InvalidToken', "Invalid Token: 'Invalid token'"),
  invalidExecutionInput: (reason: string) => new AwsApiError('InvalidExecutionInput', `Invalid State Machine Execution Input: '${reason}'`),
  invalidOutput: (reason: string) => new AwsApiError('InvalidOutput', `Invalid Output: '${reason}'`),
  stateMachineDoesNotExist: (arn: string) => new AwsApiError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${arn}'`),
  stateMachineAlreadyExists: (arn: string) => new AwsApiError('StateMachineAlreadyExists', `State Machine Already Exists: '${arn}'`),
  stateMachineTypeNotSupported: () => new AwsApiError('StateMachineTypeNotSupported', 'This operation is not supported by this type of state machine'),
  conflict: (message: string) => new AwsApiError('ConflictException', message, 409),
  resourceNotFound: (arn: string) => new AwsApiError('ResourceNotFound', `Resource not found: '${arn}'`),
  serviceUnavailable: () => new AwsApiError('ServiceUnavailable', 'This coordinator has no Redis (REDIS_URL is not set) and runs no executions', 503),
  internalFailure: () => new AwsApiError('InternalFailure', 'The request processing has failed because of an unknown error', 500),
};
