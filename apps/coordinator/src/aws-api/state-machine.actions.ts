import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { Inject, Injectable } from '@nestjs/common';
import { parseDefinition, validateDefinition, type WorkflowType } from '@lib/asl';
import type { Engine, StateMachineRecord } from '@lib/engine';
import { ENGINE } from '../runtime/engine.token';
import { requireEngine, type AwsAction, type AwsActionGroup } from './aws-action';
import { awsError } from './aws-api.error';
import { ARN_RULE, checkName, checkStateMachineArn, stateMachineArn } from './aws-identifiers';
import { MAX_DEFINITION_LENGTH, MAX_DIAGNOSTICS, MAX_NAME_LENGTH, MAX_PAGE_SIZE, MAX_PAGE_TOKEN_LENGTH } from './aws-limits';
import type { AwsRequest } from './aws-request';
import { epochSeconds } from './aws-values';
import { decodePageToken, encodePageToken, pageSize } from './page-token';
import { describeStateMachineShape, stateMachineListItemShape, type StoredStateMachine } from './state-machine.shape';

const WORKFLOW_TYPES: readonly WorkflowType[] = ['STANDARD', 'EXPRESS'];

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
    r.validate();
    checkName(name);
    const definition = parseDefinition(text, { type });
    const machines = requireEngine(this.engine).stateMachines;
    const record: StoredStateMachine = { arn: stateMachineArn(name), name, definition, definitionText: text, type, roleArn, creationDate: Date.now() };
    if (await machines.create(record)) return { stateMachineArn: record.arn, creationDate: epochSeconds(record.creationDate) };
    const existing = await machines.get(record.arn);
    if (!existing || existing.type !== type || !isDeepStrictEqual(existing.definition, definition)) throw awsError.stateMachineAlreadyExists(record.arn);
    return { stateMachineArn: existing.arn, creationDate: epochSeconds(existing.creationDate) };
  }

  private async describe(r: AwsRequest) {
    const arn = r.requiredString('stateMachineArn', ARN_RULE);
    r.validate();
    return describeStateMachineShape(await this.load(arn));
  }

  /** A new definition and/or role; running executions keep the definition they started with. */
  private async update(r: AwsRequest) {
    const arn = r.requiredString('stateMachineArn', ARN_RULE);
    const text = r.string('definition', { max: MAX_DEFINITION_LENGTH, min: 1, sensitive: true });
    const roleArn = r.string('roleArn', ARN_RULE);
    r.validate();
    const machine = await this.load(arn);
    if (text === undefined && roleArn === undefined) {
      throw awsError.missingParameter('Either the definition, the role ARN, the LoggingConfiguration, or the TracingConfiguration must be specified');
    }
    const now = Date.now();
    const updated: StoredStateMachine = {
      ...machine,
      ...(text !== undefined && { definition: parseDefinition(text, { type: machine.type }), definitionText: text }),
      ...(roleArn !== undefined && { roleArn }),
      updateDate: now,
      revisionId: randomUUID(),
    };
    await requireEngine(this.engine).stateMachines.put(updated);
    return { updateDate: epochSeconds(now), revisionId: updated.revisionId };
  }

  /** As on AWS, deleting a state machine that does not exist succeeds; its executions go on. */
  private async delete(r: AwsRequest) {
    const arn = r.requiredString('stateMachineArn', ARN_RULE);
    r.validate();
    checkStateMachineArn(arn);
    await requireEngine(this.engine).stateMachines.delete(arn);
    return {};
  }

  /** In creation order; the token names the last state machine of the previous page. */
  private async list(r: AwsRequest) {
    const size = pageSize(r.integer('maxResults', { min: 0, max: MAX_PAGE_SIZE }));
    const token = r.string('nextToken', { max: MAX_PAGE_TOKEN_LENGTH, min: 1 });
    r.validate();
    const after = token === undefined ? undefined : decodePageToken<{ creationDate: number; arn: string }>(token, { creationDate: 'number', arn: 'string' });
    const all = (await requireEngine(this.engine).stateMachines.list()).sort(byCreation);
    const rest = after === undefined ? all : all.filter((m) => byCreation(m, after) > 0);
    const page = rest.slice(0, size);
    const last = page[page.length - 1];
    return {
      stateMachines: page.map(stateMachineListItemShape),
      ...(rest.length > size && { nextToken: encodePageToken({ creationDate: last.creationDate, arn: last.arn }) }),
    };
  }

  private async validateDefinition(r: AwsRequest) {
    const text = r.requiredString('definition', { max: MAX_DEFINITION_LENGTH, min: 1, sensitive: true });
    const type = r.enumeration('type', WORKFLOW_TYPES) ?? 'STANDARD';
    const severity = r.enumeration('severity', ['ERROR', 'WARNING'] as const) ?? 'ERROR';
    const max = r.integer('maxResults', { min: 0, max: MAX_DIAGNOSTICS }) || MAX_DIAGNOSTICS;
    r.validate();
    const { result, diagnostics } = validateDefinition(text, { type });
    const shown = diagnostics.filter((d) => severity === 'WARNING' || d.severity === 'ERROR');
    return { result, diagnostics: shown.slice(0, max), truncated: shown.length > max };
  }

  private async load(arn: string): Promise<StoredStateMachine> {
    checkStateMachineArn(arn);
    const machine = await requireEngine(this.engine).stateMachines.get(arn);
    if (!machine) throw awsError.stateMachineDoesNotExist(arn);
    return machine;
  }
}

function byCreation(a: Pick<StateMachineRecord, 'creationDate' | 'arn'>, b: Pick<StateMachineRecord, 'creationDate' | 'arn'>): number {
  return a.creationDate - b.creationDate || (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0);
}
