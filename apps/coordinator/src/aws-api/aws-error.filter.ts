import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { awsError } from './aws-api.error';
import { toAwsApiError } from './aws-error.mapping';
import { sendAwsJson } from './aws-json-wire';
import { logUnexpectedError } from '../operations/unexpected-error';

/**
 * Answers every failure of the AWS door as the JSON protocol does: the status, the error type in
 * `__type` and `x-amzn-ErrorType`, and a message; never a stack trace. Errors no request could
 * cause are logged and answered as InternalFailure.
 */
@Catch()
export class AwsErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('AwsApi');

  catch(exception: unknown, host: ArgumentsHost): void {
    let error = toAwsApiError(exception);
    if (error === undefined) {
      logUnexpectedError(this.logger, exception);
      error = awsError.internalFailure();
    }
    const response = host.switchToHttp().getResponse<ServerResponse>();
    if (response.headersSent) return;
    sendAwsJson(response, error.status, { __type: error.type, message: error.message }, { 'x-amzn-ErrorType': error.type });
  }
}
