import { Inject, Injectable } from '@nestjs/common';
import { splitStateMachineArn, type Engine } from '@lib/engine';
import { ENGINE } from '../runtime/engine.token';
import { requireEngine, type AwsAction, type AwsActionGroup } from './aws-action';
import { ARN_RULE } from './aws-identifiers';
import { MAX_DEFINITION_LENGTH, MAX_DIAGNOSTICS, MAX_NAME_LENGTH, MAX_PAGE_SIZE, MAX_PAGE_TOKEN_LENGTH, MAX_VERSION_DESCRIPTION_LENGTH } from './aws-limits';
import type { AwsRequest } from './aws-request';
import { epochSeconds } from './aws-values';
import { pageSize } from './page-token';
import { describeStateMachineShape, stateMachineListItemShape } from './state-machine.shape';
import { describeVersionShape } from './state-machine-version.shape';
import { readTags } from './tag.actions';
import { loadVersion, publishVersion, versionToPublish } from '../operations/state-machine-version.operations';
import {
  WORKFLOW_TYPES,
  createStateMachine,
  deleteStateMachine,
  loadStateMachine,
  pageOfStateMachines,
  updateStateMachine,
  validateStateMachine,
} from '../operations/state-machine.operations';

/** CreateStateMachine, DescribeStateMachine, UpdateStateMachine, DeleteStateMachine, ListStateMachines, ValidateStateMachineDefinition. */
@Injectable()
export class StateMachineActions implements AwsActionGroup {
  readonly actions: Readonly<Record<string, AwsAction>> = {
    CreateStateMachine: (r) => this.create(r),
    DescribeStateMachine: (r) => this.describe(r),
    UpdateStateMachine: (r) => this.update(r),
    DeleteStateMachine: (r) => this.delete(r),
    ListStateMachines: (r) => this.list(r),
    ValidateStateMachineDefinition: (r) => this.validateDefinition(r),
  };

  constructor(@Inject(ENGINE) private readonly engine: Engine | undefined) {}

  /** Idempotent: the same name, definition and type answer with the existing state machine. */
  private async create(r: AwsRequest) {
    const name = r.requiredString('name', { max: MAX_NAME_LENGTH, min: 1 });
    const text = r.requiredString('definition', { max: MAX_DEFINITION_LENGTH, min: 1, sensitive: true });
    const roleArn = r.requiredString('roleArn', ARN_RULE);
    const type = r.enumeration('type', WORKFLOW_TYPES) ?? 'STANDARD';
    const tags = readTags(r, false);
    const publish = readPublish(r);
    r.validate();
    const engine = requireEngine(this.engine);
    const machine = await createStateMachine(engine, { name, definition: text, type, roleArn }, tags);
    const version = publish && (await publishVersion(engine, machine.arn, publish));
    return { stateMachineArn: machine.arn, creationDate: epochSeconds(machine.creationDate), ...(version && { stateMachineVersionArn: version.arn }) };
  }

  private async describe(r: AwsRequest) {
    const arn = r.requiredString('stateMachineArn', ARN_RULE);
    r.validate();
    const engine = requireEngine(this.engine);
    if (splitStateMachineArn(arn)?.qualifier?.kind === 'version') return describeVersionShape(await loadVersion(engine, arn));
    return describeStateMachineShape(await loadStateMachine(engine, arn));
  }

  /** A new definition and/or role; running executions keep the definition they started with. */
  private async update(r: AwsRequest) {
    const arn = r.requiredString('stateMachineArn', ARN_RULE);
    const text = r.string('definition', { max: MAX_DEFINITION_LENGTH, min: 1, sensitive: true });
    const roleArn = r.string('roleArn', ARN_RULE);
    const publish = readPublish(r);
    r.validate();
    const engine = requireEngine(this.engine);
    const updated = await updateStateMachine(engine, arn, { definition: text, roleArn });
    const version = publish && (await publishVersion(engine, arn, publish));
    return { updateDate: epochSeconds(updated.updateDate), revisionId: updated.revisionId, ...(version && { stateMachineVersionArn: version.arn }) };
  }

  /** As on AWS, deleting a state machine that does not exist succeeds; its executions go on. */
  private async delete(r: AwsRequest) {
    const arn = r.requiredString('stateMachineArn', ARN_RULE);
    r.validate();
    await deleteStateMachine(requireEngine(this.engine), arn);
    return {};
  }

  /** In creation order; the token names the last state machine of the previous page. */
  private async list(r: AwsRequest) {
    const size = pageSize(r.integer('maxResults', { min: 0, max: MAX_PAGE_SIZE }));
    const token = r.string('nextToken', { max: MAX_PAGE_TOKEN_LENGTH, min: 1 });
    r.validate();
    const page = await pageOfStateMachines(requireEngine(this.engine), size, token);
    return { ...page, stateMachines: page.stateMachines.map(stateMachineListItemShape) };
  }

  private async validateDefinition(r: AwsRequest) {
    const text = r.requiredString('definition', { max: MAX_DEFINITION_LENGTH, min: 1, sensitive: true });
    const type = r.enumeration('type', WORKFLOW_TYPES) ?? 'STANDARD';
    const severity = r.enumeration('severity', ['ERROR', 'WARNING'] as const) ?? 'ERROR';
    const max = r.integer('maxResults', { min: 0, max: MAX_DIAGNOSTICS }) || MAX_DIAGNOSTICS;
    r.validate();
    return validateStateMachine(text, type, severity, max);
  }
}

/** `publish` and `versionDescription` (CreateStateMachine, UpdateStateMachine): what to publish, or undefined. */
function readPublish(r: AwsRequest): { description?: string } | undefined {
  const publish = r.boolean('publish');
  const description = r.string('versionDescription', { max: MAX_VERSION_DESCRIPTION_LENGTH, sensitive: true });
  r.validate();
  return versionToPublish(publish, description);
}
