import { Inject, Injectable } from '@nestjs/common';
import type { Engine } from '@lib/engine';
import { ENGINE } from '../runtime/engine.token';
import { requireEngine, type AwsAction, type AwsActionGroup } from './aws-action';
import { awsError } from './aws-api.error';
import type { AwsRequest } from './aws-request';
import { MAX_CAUSE_LENGTH, MAX_ERROR_LENGTH, MAX_PAYLOAD_BYTES, MAX_TASK_TOKEN_LENGTH } from './aws-limits';
import { parseJsonPayload } from '../operations/json-payload';

const TOKEN_RULE = { max: MAX_TASK_TOKEN_LENGTH, min: 1 } as const;

/** SendTaskSuccess, SendTaskFailure, SendTaskHeartbeat: the answers of the callback pattern. */
@Injectable()
export class TaskActions implements AwsActionGroup {
  readonly actions: Readonly<Record<string, AwsAction>> = {
    SendTaskSuccess: (r) => this.success(r),
    SendTaskFailure: (r) => this.failure(r),
    SendTaskHeartbeat: (r) => this.heartbeat(r),
  };

  constructor(@Inject(ENGINE) private readonly engine: Engine | undefined) {}

  private async success(r: AwsRequest) {
    const token = r.requiredString('taskToken', TOKEN_RULE);
    const text = r.requiredString('output', { max: MAX_PAYLOAD_BYTES, bytes: true, sensitive: true });
    r.validate();
    await requireEngine(this.engine).executions.sendTaskSuccess(token, parseJsonPayload(text, awsError.invalidOutput));
    return {};
  }

  private async failure(r: AwsRequest) {
    const token = r.requiredString('taskToken', TOKEN_RULE);
    const error = r.string('error', { max: MAX_ERROR_LENGTH, sensitive: true });
    const cause = r.string('cause', { max: MAX_CAUSE_LENGTH, sensitive: true });
    r.validate();
    await requireEngine(this.engine).executions.sendTaskFailure(token, error, cause);
    return {};
  }

  private async heartbeat(r: AwsRequest) {
    const token = r.requiredString('taskToken', TOKEN_RULE);
    r.validate();
    await requireEngine(this.engine).executions.sendTaskHeartbeat(token);
    return {};
  }
}
