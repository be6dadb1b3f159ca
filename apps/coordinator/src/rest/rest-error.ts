import { HttpException } from '@nestjs/common';
import { awsError, type AwsApiError } from '../aws-api/aws-api.error';
import { toAwsApiError } from '../aws-api/aws-error.mapping';

/** The REST door's error body: AWS's error type and its message. */
export interface RestErrorBody {
  readonly error: string;
  readonly message: string;
}

/**
 * HTTP statuses where REST says more than AWS's protocol (which answers 400 for most of them):
 * what does not exist is 404, what already exists is 409. Any other type keeps its AWS status.
 */
const STATUS_BY_TYPE: Readonly<Record<string, number>> = {
  StateMachineDoesNotExist: 404,
  ExecutionDoesNotExist: 404,
  ActivityDoesNotExist: 404,
  ResourceNotFound: 404,
  StateMachineAlreadyExists: 409,
  ExecutionAlreadyExists: 409,
  ConflictException: 409,
};

/** The status and body for an error a REST request ran into; undefined for a bug. */
export function toRestError(error: unknown): { status: number; body: RestErrorBody } | undefined {
  if (error instanceof HttpException) {
    const status = error.getStatus();
    return { status, body: { error: status === 404 ? 'NotFound' : error.name, message: error.message } };
  }
  const aws = toAwsApiError(error);
  return aws === undefined ? undefined : restError(aws);
}

/** A bug's answer: AWS's InternalFailure, without details. */
export function internalFailure(): { status: number; body: RestErrorBody } {
  return restError(awsError.internalFailure());
}

function restError(aws: AwsApiError): { status: number; body: RestErrorBody } {
  return { status: STATUS_BY_TYPE[aws.type] ?? aws.status, body: { error: aws.type, message: aws.message } };
}
