import { AwsApiError } from './aws-api.error';

/**
 * AWS's error type for each error the runtime throws, matched by `name` (errors are matched by
 * name, never with instanceof). The message is the error's own: the engine writes AWS's.
 */
const AWS_TYPE_BY_ERROR_NAME: Readonly<Record<string, string | { readonly type: string; readonly status: number }>> = {
  DefinitionError: 'InvalidDefinition',
  ExecutionNotFoundError: 'ExecutionDoesNotExist',
  ExecutionAlreadyExistsError: 'ExecutionAlreadyExists',
  ExecutionNotRedrivableError: 'ExecutionNotRedrivable',
  // The engine cannot tell a malformed token from one whose task has ended; AWS says
  // InvalidToken for the first and TaskTimedOut for the second.
  TaskTokenNotFoundError: 'InvalidToken',
  TaskTimedOutError: 'TaskTimedOut',
  ActivityNotFoundError: 'ActivityDoesNotExist',
  ResourceConflictError: { type: 'ConflictException', status: 409 },
  ServiceQuotaExceededError: { type: 'ServiceQuotaExceededException', status: 402 },
  ResourceNotFoundError: 'ResourceNotFound',
  TooManyTagsError: 'TooManyTags',
};

/** The AWS error to answer with; undefined for an error no caller could have caused (a bug). */
export function toAwsApiError(error: unknown): AwsApiError | undefined {
  if (!(error instanceof Error)) return undefined;
  if (error.name === AwsApiError.name) return error as AwsApiError;
  const mapped = AWS_TYPE_BY_ERROR_NAME[error.name];
  if (mapped === undefined) return undefined;
  return typeof mapped === 'string' ? new AwsApiError(mapped, error.message) : new AwsApiError(mapped.type, error.message, mapped.status);
}
