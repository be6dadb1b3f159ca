import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { parseDefinition, validateDefinition, type WorkflowType } from '@lib/asl';
import type { Engine, StateMachineRecord, Tag } from '@lib/engine';
import { awsError } from '../aws-api/aws-api.error';
import { checkName, checkRoleArn, checkStateMachineArn, stateMachineArn } from '../aws-api/aws-identifiers';
import { checkTagCount } from './tag.operations';
import { creationOrderPage } from './creation-order-page';

// What the state machine actions do, whichever door (AWS protocol, REST) was asked: the doors
// read and check their own wire formats, then call these.

export const WORKFLOW_TYPES: readonly WorkflowType[] = ['STANDARD', 'EXPRESS'];

export interface NewStateMachine {
  readonly name: string;
  readonly definition: string;
  readonly type: WorkflowType;
  readonly roleArn: string;
}

/**
 * Idempotent: the same name, definition and type answer with the existing state machine. `tags`
 * are added to the state machine, new or existing.
 */
export async function createStateMachine(engine: Engine, request: NewStateMachine, tags: readonly Tag[] = []): Promise<StateMachineRecord> {
  const { name, type, roleArn } = request;
  const arn = stateMachineArn(name);
  checkTagCount(arn, tags);
  checkName(name);
  checkRoleArn(roleArn);
  const definition = parseDefinition(request.definition, { type });
  const record: StateMachineRecord = { arn, name, definition, definitionText: request.definition, type, roleArn, creationDate: Date.now() };
  const machine = (await engine.stateMachines.create(record)) ? record : await engine.stateMachines.get(arn);
  if (!machine || machine.type !== type || !isDeepStrictEqual(machine.definition, definition)) throw awsError.stateMachineAlreadyExists(arn);
  await engine.tags.tag(arn, tags);
  return machine;
}

/** The state machine an ARN names; InvalidArn or StateMachineDoesNotExist otherwise. */
export async function loadStateMachine(engine: Engine, arn: string): Promise<StateMachineRecord> {
  checkStateMachineArn(arn);
  const machine = await engine.stateMachines.get(arn);
  if (!machine) throw awsError.stateMachineDoesNotExist(arn);
  return machine;
}

/** A new definition and/or role; running executions keep the definition they started with. */
export async function updateStateMachine(
  engine: Engine,
  arn: string,
  change: { definition?: string; roleArn?: string },
): Promise<StateMachineRecord & { updateDate: number }> {
  const machine = await loadStateMachine(engine, arn);
  if (change.definition === undefined && change.roleArn === undefined) {
    throw awsError.missingParameter('Either the definition, the role ARN, the LoggingConfiguration, or the TracingConfiguration must be specified');
  }
  if (change.roleArn !== undefined) checkRoleArn(change.roleArn);
  const updated = {
    ...machine,
    ...(change.definition !== undefined && { definition: parseDefinition(change.definition, { type: machine.type }), definitionText: change.definition }),
    ...(change.roleArn !== undefined && { roleArn: change.roleArn }),
    updateDate: Date.now(),
    revisionId: randomUUID(),
  };
  await engine.stateMachines.put(updated);
  return updated;
}

/** As on AWS, deleting a state machine that does not exist succeeds; its executions go on. */
export async function deleteStateMachine(engine: Engine, arn: string): Promise<void> {
  checkStateMachineArn(arn);
  await engine.stateMachines.delete(arn);
}

/** One page of state machines in creation order; the token names the last state machine of the previous page. */
export async function pageOfStateMachines(engine: Engine, size: number, token: string | undefined): Promise<{ stateMachines: StateMachineRecord[]; nextToken?: string }> {
  const { page, nextToken } = creationOrderPage(await engine.stateMachines.list(), size, token);
  return { stateMachines: page, ...(nextToken !== undefined && { nextToken }) };
}

/** ValidateStateMachineDefinition's answer: at most `max` diagnostics, warnings only when asked for. */
export function validateStateMachine(definition: string, type: WorkflowType, severity: 'ERROR' | 'WARNING', max: number) {
  const { result, diagnostics } = validateDefinition(definition, { type });
  const shown = diagnostics.filter((d) => severity === 'WARNING' || d.severity === 'ERROR');
  return { result, diagnostics: shown.slice(0, max), truncated: shown.length > max };
}
