import { NotFoundException } from '@nestjs/common';
import { ExecutionNotFoundError, TaskTokenNotFoundError } from '@lib/engine';
import { awsError } from '../aws-api/aws-api.error';
import { internalFailure, toRestError } from './rest-error';

describe(toRestError.name, () => {
  it.each([
    [awsError.stateMachineDoesNotExist('arn'), 404, 'StateMachineDoesNotExist'],
    [new ExecutionNotFoundError('arn'), 404, 'ExecutionDoesNotExist'],
    [awsError.stateMachineAlreadyExists('arn'), 409, 'StateMachineAlreadyExists'],
    [awsError.validation(['bad']), 400, 'ValidationException'],
    [awsError.requestTooLarge(10), 413, 'ValidationException'],
    [new TaskTokenNotFoundError(), 400, 'InvalidToken'],
    [awsError.serviceUnavailable(), 503, 'ServiceUnavailable'],
  ])('answers %s with its status and AWS error type', (error, status, type) => {
    expect(toRestError(error)).toEqual({ status, body: { error: type, message: error.message } });
  });

  it('keeps the status of a Nest HTTP exception', () => {
    expect(toRestError(new NotFoundException('Cannot GET /v1/nothing'))).toEqual({ status: 404, body: { error: 'NotFound', message: 'Cannot GET /v1/nothing' } });
  });

  it('leaves errors no request could cause (bugs) to InternalFailure', () => {
    expect(toRestError(new TypeError('x is undefined'))).toBeUndefined();
    expect(toRestError('thrown text')).toBeUndefined();
    expect(internalFailure()).toEqual({ status: 500, body: { error: 'InternalFailure', message: expect.not.stringContaining('undefined') } });
  });
});
