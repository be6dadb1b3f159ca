import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { internalFailure, toRestError } from './rest-error';
import { sendJson } from './rest-json';
import { logUnexpectedError } from '../operations/unexpected-error';

/**
 * Answers every failure of a REST request with `{ error, message }` and the error's status; never
 * a stack trace. Errors no request could cause are logged and answered as InternalFailure.
 */
@Catch()
export class RestErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('RestApi');

  catch(exception: unknown, host: ArgumentsHost): void {
    let answer = toRestError(exception);
    if (answer === undefined) {
      logUnexpectedError(this.logger, exception);
      answer = internalFailure();
    }
    const response = host.switchToHttp().getResponse<ServerResponse>();
    if (response.headersSent) {
      response.end();
      return;
    }
    sendJson(response, answer.status, answer.body);
  }
}
