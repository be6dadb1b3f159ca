import { All, NotFoundException, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { IncomingMessage } from 'node:http';
import { RestController } from './rest-controller.decorator';

/**
 * Any other path under `/v1` (a typo, an ARN not URL-encoded) answers 404 in the REST door's
 * shape, `{ error, message }`, rather than the framework's. Registered after every other REST
 * controller, so it only catches what none of them serves.
 */
@ApiExcludeController()
@RestController('', 'not found')
export class RestNotFoundController {
  @All('*path')
  notFound(@Req() request: IncomingMessage): never {
    throw new NotFoundException(`No REST resource at ${request.method} ${(request.url ?? '').split('?', 1)[0]}; ARNs in paths must be URL-encoded (see /docs)`);
  }
}
