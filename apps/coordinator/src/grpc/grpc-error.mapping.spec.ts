import { status } from '@grpc/grpc-js';
import { DefinitionError } from '@lib/asl';
import { ExecutionAlreadyExistsError, ExecutionNotFoundError, ExecutionNotRedrivableError, TaskTimedOutError } from '@lib/engine';
import { awsError } from '../aws-api/aws-api.error';
import { toGrpcError } from './grpc-error.mapping';

const ARN = 'arn:aws:states:us-east-1:123456789012:execution:m:e';

describe(toGrpcError.name, () => {
  it.each([
    [new ExecutionNotFoundError(ARN), status.NOT_FOUND, `ExecutionDoesNotExist: Execution Does Not Exist: '${ARN}'`],
    [awsError.stateMachineDoesNotExist('arn:m'), status.NOT_FOUND, "StateMachineDoesNotExist: State Machine Does Not Exist: 'arn:m'"],
    [awsError.invalidArn('bad'), status.INVALID_ARGUMENT, "InvalidArn: Invalid Arn: 'bad'"],
    [new DefinitionError([{ severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message: 'bad', location: '/States' }]), status.INVALID_ARGUMENT, expect.stringMatching(/^InvalidDefinition: /)],
    [awsError.invalidExecutionInput('oops'), status.INVALID_ARGUMENT, "InvalidExecutionInput: Invalid State Machine Execution Input: 'oops'"],
    [new ExecutionAlreadyExistsError(ARN), status.ALREADY_EXISTS, `ExecutionAlreadyExists: Execution Already Exists: '${ARN}'`],
    [new ExecutionNotRedrivableError(ARN, 'RUNNING'), status.FAILED_PRECONDITION, `ExecutionNotRedrivable: Execution '${ARN}' is RUNNING and cannot be redriven`],
    [new TaskTimedOutError(), status.FAILED_PRECONDITION, expect.stringMatching(/^TaskTimedOut: /)],
    [awsError.serviceUnavailable(), status.UNAVAILABLE, expect.stringMatching(/^ServiceUnavailable: /)],
  ])('maps %p to its status with the AWS error name first', (error, code, details) => {
    expect(toGrpcError(error)).toMatchObject({ code, details });
  });

  it('leaves errors no caller could cause to the caller (a bug)', () => {
    expect(toGrpcError(new TypeError('x is undefined'))).toBeUndefined();
    expect(toGrpcError('not an error')).toBeUndefined();
  });
});

describe('gRPC error details', () => {
  it('replace lone surrogates, which grpc-js cannot send', () => {
    const details = toGrpcError(awsError.invalidArn('a\ud800b'))?.details as string;
    expect(details).toBe("InvalidArn: Invalid Arn: 'a\ufffdb'");
    expect(() => encodeURI(details)).not.toThrow();
  });
});
