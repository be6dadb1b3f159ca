import { DefinitionError } from '@lib/asl';
import {
  ExecutionAlreadyExistsError,
  ExecutionNotFoundError,
  ExecutionNotRedrivableError,
  ResourceConflictError,
  ResourceNotFoundError,
  ServiceQuotaExceededError,
  TaskTimedOutError,
  TaskTokenNotFoundError,
  TooManyTagsError,
} from '@lib/engine';
import { AwsApiError } from './aws-api.error';
import { toAwsApiError } from './aws-error.mapping';

describe('toAwsApiError', () => {
  const arn = 'arn:aws:states:us-east-1:123456789012:execution:m:e';

  it.each([
    [new ExecutionNotFoundError(arn), 'ExecutionDoesNotExist', `Execution Does Not Exist: '${arn}'`],
    [new ExecutionAlreadyExistsError(arn), 'ExecutionAlreadyExists', `Execution Already Exists: '${arn}'`],
    [new ExecutionNotRedrivableError(arn, 'SUCCEEDED'), 'ExecutionNotRedrivable', `Execution '${arn}' is SUCCEEDED and cannot be redriven`],
    [new TaskTokenNotFoundError(), 'InvalidToken', 'Task Token Does Not Exist'],
    [new TaskTimedOutError(), 'TaskTimedOut', "Task Timed Out: 'Provided task does not exist anymore'"],
    [new DefinitionError([{ severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message: 'bad', location: '/States' }]), 'InvalidDefinition', "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: bad at /States'"],
  ])('maps %p to %s by its name', (error, type, message) => {
    expect(toAwsApiError(error)).toMatchObject({ type, message, status: 400 });
  });

  it.each([
    [new ResourceConflictError('busy'), 'ConflictException', 409],
    [new ServiceQuotaExceededError('full'), 'ServiceQuotaExceededException', 402],
    [new ResourceNotFoundError('gone'), 'ResourceNotFound', 400],
    [new TooManyTagsError(arn, 50), 'TooManyTags', 400],
  ])('maps %p to %s with HTTP %i', (error, type, status) => {
    expect(toAwsApiError(error)).toMatchObject({ type, message: error.message, status });
  });

  it('matches by name, so an error from another copy of the engine maps the same', () => {
    const foreign = Object.assign(new Error("Execution Does Not Exist: 'x'"), { name: 'ExecutionNotFoundError' });
    expect(toAwsApiError(foreign)).toMatchObject({ type: 'ExecutionDoesNotExist' });
  });

  it('keeps the door’s own errors and leaves bugs unmapped', () => {
    const own = new AwsApiError('InvalidName', "Invalid Name: 'a b'");
    expect(toAwsApiError(own)).toBe(own);
    expect(toAwsApiError(new TypeError('x is undefined'))).toBeUndefined();
    expect(toAwsApiError('thrown text')).toBeUndefined();
  });
});
