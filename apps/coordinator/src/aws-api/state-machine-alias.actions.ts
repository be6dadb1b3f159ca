import { Inject, Injectable } from '@nestjs/common';
import type { Engine, RoutingConfigurationItem } from '@lib/engine';
import { ENGINE } from '../runtime/engine.token';
import { ALIAS_NAME_PATTERN, createAlias, deleteAlias, loadAlias, pageOfAliases, updateAlias } from '../operations/state-machine-alias.operations';
import { requireEngine, type AwsAction, type AwsActionGroup } from './aws-action';
import { ARN_RULE } from './aws-identifiers';
import { MAX_ALIAS_DESCRIPTION_LENGTH, MAX_NAME_LENGTH, MAX_PAGE_SIZE, MAX_PAGE_TOKEN_LENGTH, MAX_ROUTES } from './aws-limits';
import type { AwsRequest } from './aws-request';
import { epochSeconds } from './aws-values';
import { pageSize } from './page-token';
import { aliasListItemShape, describeAliasShape } from './state-machine-version.shape';

const DESCRIPTION_RULE = { max: MAX_ALIAS_DESCRIPTION_LENGTH, sensitive: true } as const;

/** CreateStateMachineAlias, DescribeStateMachineAlias, UpdateStateMachineAlias, DeleteStateMachineAlias, ListStateMachineAliases. */
@Injectable()
export class StateMachineAliasActions implements AwsActionGroup {
  readonly actions: Readonly<Record<string, AwsAction>> = {
    CreateStateMachineAlias: (r) => this.create(r),
    DescribeStateMachineAlias: (r) => this.describe(r),
    UpdateStateMachineAlias: (r) => this.update(r),
    DeleteStateMachineAlias: (r) => this.delete(r),
    ListStateMachineAliases: (r) => this.list(r),
  };

  constructor(@Inject(ENGINE) private readonly engine: Engine | undefined) {}

  private async create(r: AwsRequest) {
    const name = r.requiredString('name', { max: MAX_NAME_LENGTH, min: 1, pattern: ALIAS_NAME_PATTERN });
    const description = r.string('description', DESCRIPTION_RULE);
    const routingConfiguration = readRouting(r, true) ?? [];
    r.validate();
    const alias = await createAlias(requireEngine(this.engine), { name, description, routingConfiguration });
    return { stateMachineAliasArn: alias.arn, creationDate: epochSeconds(alias.creationDate) };
  }

  private async describe(r: AwsRequest) {
    const arn = r.requiredString('stateMachineAliasArn', ARN_RULE);
    r.validate();
    return describeAliasShape(await loadAlias(requireEngine(this.engine), arn));
  }

  private async update(r: AwsRequest) {
    const arn = r.requiredString('stateMachineAliasArn', ARN_RULE);
    const description = r.string('description', DESCRIPTION_RULE);
    const routingConfiguration = readRouting(r, false);
    r.validate();
    const alias = await updateAlias(requireEngine(this.engine), arn, { description, routingConfiguration });
    return { updateDate: epochSeconds(alias.updateDate) };
  }

  private async delete(r: AwsRequest) {
    const arn = r.requiredString('stateMachineAliasArn', ARN_RULE);
    r.validate();
    await deleteAlias(requireEngine(this.engine), arn);
    return {};
  }

  private async list(r: AwsRequest) {
    const arn = r.requiredString('stateMachineArn', ARN_RULE);
    const size = pageSize(r.integer('maxResults', { min: 0, max: MAX_PAGE_SIZE }));
    const token = r.string('nextToken', { max: MAX_PAGE_TOKEN_LENGTH, min: 1 });
    r.validate();
    const page = await pageOfAliases(requireEngine(this.engine), arn, size, token);
    return { ...page, stateMachineAliases: page.stateMachineAliases.map(aliasListItemShape) };
  }
}

/** `routingConfiguration`: one or two versions, each with a weight from 0 to 100. */
function readRouting(r: AwsRequest, required: boolean): RoutingConfigurationItem[] | undefined {
  return r.structures('routingConfiguration', { min: 1, max: MAX_ROUTES, required })?.map((item) => ({
    stateMachineVersionArn: item.requiredString('stateMachineVersionArn', ARN_RULE),
    weight: item.requiredInteger('weight', { min: 0, max: 100 }),
  }));
}
