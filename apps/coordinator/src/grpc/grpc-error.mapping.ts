import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { toAwsApiError } from '../aws-api/aws-error.mapping';

/** The gRPC status of each AWS error type; any other type is INTERNAL. */
const CODE_BY_AWS_TYPE: Readonly<Record<string, status>> = {
  StateMachineDoesNotExist: status.NOT_FOUND,
  ExecutionDoesNotExist: status.NOT_FOUND,
  InvalidArn: status.INVALID_ARGUMENT,
  InvalidName: status.INVALID_ARGUMENT,
  InvalidExecutionInput: status.INVALID_ARGUMENT,
  InvalidOutput: status.INVALID_ARGUMENT,
  InvalidToken: status.INVALID_ARGUMENT,
  InvalidDefinition: status.INVALID_ARGUMENT,
  ValidationException: status.INVALID_ARGUMENT,
  MissingRequiredParameter: status.INVALID_ARGUMENT,
  ExecutionAlreadyExists: status.ALREADY_EXISTS,
  StateMachineAlreadyExists: status.ALREADY_EXISTS,
  ExecutionNotRedrivable: status.FAILED_PRECONDITION,
  TaskTimedOut: status.FAILED_PRECONDITION,
  StateMachineTypeNotSupported: status.FAILED_PRECONDITION,
  ServiceUnavailable: status.UNAVAILABLE,
};

/**
 * The gRPC error for an error a handler threw: AWS's error name, then its message (e.g.
 * `ExecutionDoesNotExist: Execution Does Not Exist: '…'`). Undefined for a bug.
 */
export function toGrpcError(error: unknown): Partial<ServiceError> | undefined {
  const aws = toAwsApiError(error);
  if (aws === undefined) return undefined;
  return { code: CODE_BY_AWS_TYPE[aws.type] ?? status.INTERNAL, details: wellFormed(`${aws.type}: ${aws.message}`), metadata: new Metadata() };
}

/**
 * The text with lone UTF-16 surrogates (a caller's malformed ARN, quoted back) replaced: grpc-js
 * percent-encodes details with encodeURI, which throws on them, out of reach of any handler
 * (found by the fuzz test: it ended the process).
 */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** A bug's answer: INTERNAL without the details, as AWS's InternalFailure. */
export const INTERNAL_ERROR: Partial<ServiceError> = { code: status.INTERNAL, details: 'InternalFailure: The request processing has failed because of an unknown error' };

/** The end of a watch cut short by the coordinator shutting down; the execution goes on. */
export const SHUTTING_DOWN: Partial<ServiceError> = { code: status.UNAVAILABLE, details: 'ServiceUnavailable: The coordinator is shutting down; watch again' };
