import { Inject, Injectable } from '@nestjs/common';
import type { Engine } from '@lib/engine';
import { ENGINE } from '../runtime/engine.token';
import { deleteVersion, pageOfVersions, publishVersion } from '../operations/state-machine-version.operations';
import { requireEngine, type AwsAction, type AwsActionGroup } from './aws-action';
import { ARN_RULE } from './aws-identifiers';
import { MAX_PAGE_SIZE, MAX_PAGE_TOKEN_LENGTH, MAX_REVISION_ID_LENGTH, MAX_VERSION_DESCRIPTION_LENGTH } from './aws-limits';
import type { AwsRequest } from './aws-request';
import { epochSeconds } from './aws-values';
import { pageSize } from './page-token';
import { versionListItemShape } from './state-machine-version.shape';

/** PublishStateMachineVersion, ListStateMachineVersions, DeleteStateMachineVersion (DescribeStateMachine takes version ARNs). */
@Injectable()
export class StateMachineVersionActions implements AwsActionGroup {
  readonly actions: Readonly<Record<string, AwsAction>> = {
    PublishStateMachineVersion: (r) => this.publish(r),
    ListStateMachineVersions: (r) => this.list(r),
    DeleteStateMachineVersion: (r) => this.delete(r),
  };

  constructor(@Inject(ENGINE) private readonly engine: Engine | undefined) {}

  private async publish(r: AwsRequest) {
    const arn = r.requiredString('stateMachineArn', ARN_RULE);
    const revisionId = r.string('revisionId', { max: MAX_REVISION_ID_LENGTH });
    const description = r.string('description', { max: MAX_VERSION_DESCRIPTION_LENGTH, sensitive: true });
    r.validate();
    const version = await publishVersion(requireEngine(this.engine), arn, { description, revisionId });
    return { stateMachineVersionArn: version.arn, creationDate: epochSeconds(version.creationDate) };
  }

  private async list(r: AwsRequest) {
    const arn = r.requiredString('stateMachineArn', ARN_RULE);
    const size = pageSize(r.integer('maxResults', { min: 0, max: MAX_PAGE_SIZE }));
    const token = r.string('nextToken', { max: MAX_PAGE_TOKEN_LENGTH, min: 1 });
    r.validate();
    const page = await pageOfVersions(requireEngine(this.engine), arn, size, token);
    return { ...page, stateMachineVersions: page.stateMachineVersions.map(versionListItemShape) };
  }

  private async delete(r: AwsRequest) {
    const arn = r.requiredString('stateMachineVersionArn', ARN_RULE);
    r.validate();
    await deleteVersion(requireEngine(this.engine), arn);
    return {};
  }
}
