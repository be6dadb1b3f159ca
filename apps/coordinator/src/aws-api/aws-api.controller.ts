import { Controller, Headers, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AwsActionRegistry } from './aws-action.registry';
import { AwsErrorFilter } from './aws-error.filter';
import { readAwsJsonBody, sendAwsJson } from './aws-json-wire';
import { AwsRequest } from './aws-request';
import { callerGone } from '../operations/caller-gone';

/**
 * AWS's JSON 1.0 protocol at `POST /`: `X-Amz-Target: AWSStepFunctions.<Action>` names the
 * action, the body holds its members; so the AWS SDK and CLI work against a coordinator unchanged.
 */
@Controller()
@UseFilters(AwsErrorFilter)
export class AwsApiController {
  constructor(private readonly actions: AwsActionRegistry) {}

  @Post()
  async handle(@Headers('x-amz-target') target: string | undefined, @Req() request: IncomingMessage, @Res() response: ServerResponse): Promise<void> {
    const action = this.actions.resolve(target);
    const output = await action(new AwsRequest(await readAwsJsonBody(request), [], '', callerGone(response)));
    sendAwsJson(response, 200, output);
  }
}
