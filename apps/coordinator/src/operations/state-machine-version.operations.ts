import { revisionOf, splitStateMachineArn, type Engine, type ResolvedStateMachine, type StateMachineRecord, type StateMachineVersionRecord } from '@lib/engine';
import { awsError } from '../aws-api/aws-api.error';
import { checkStateMachineArn, checkVersionArn } from '../aws-api/aws-identifiers';
import { decodePageToken, encodePageToken } from '../aws-api/page-token';
import { loadStateMachine } from './state-machine.operations';

// What the version actions do, whichever door was asked.

/**
 * PublishStateMachineVersion: a version of the current revision, or the one already published
 * from it. `revisionId` (or "INITIAL" for a state machine never updated) must name the current
 * revision, else ConflictException.
 */
export async function publishVersion(engine: Engine, machineArn: string, request: { description?: string; revisionId?: string }): Promise<StateMachineVersionRecord> {
  const machine = await loadStateMachine(engine, machineArn);
  if (request.revisionId !== undefined && request.revisionId !== revisionOf(machine)) {
    throw awsError.conflict(`Failed to publish the State Machine version for revision ${request.revisionId}. The current State Machine revision is ${revisionOf(machine)}.`);
  }
  return engine.versions.publish(machine, request.description, Date.now());
}

/**
 * What CreateStateMachine or UpdateStateMachine is asked to publish (`publish`, `versionDescription`),
 * or undefined; a description without `publish` is a ValidationException, as on AWS.
 */
export function versionToPublish(publish: boolean | undefined, description: string | undefined): { description?: string } | undefined {
  if (description !== undefined && publish !== true) throw awsError.validation(['Version description can only be set when publish is true']);
  return publish === true ? { description } : undefined;
}

/**
 * What an execution started from this ARN runs: the state machine, one of its versions, or the
 * version an alias picks by weight; InvalidArn or StateMachineDoesNotExist otherwise.
 */
export async function resolveStateMachine(engine: Engine, arn: string): Promise<ResolvedStateMachine> {
  checkStateMachineArn(arn);
  const machine = await engine.resolver.resolve(arn);
  if (!machine) throw awsError.stateMachineDoesNotExist(arn);
  return machine;
}

/** The state machine whose executions ListExecutions lists for a state machine, version or alias ARN; undefined when there is none. */
export async function listedStateMachine(engine: Engine, arn: string): Promise<StateMachineRecord | undefined> {
  const qualifier = splitStateMachineArn(arn)?.qualifier;
  if (qualifier?.kind === 'version') return (await engine.versions.get(arn))?.machine;
  if (qualifier?.kind === 'alias' && !(await engine.aliases.get(arn))) return undefined;
  return engine.stateMachines.get(splitStateMachineArn(arn)?.machineArn ?? arn);
}

/** The version a version ARN names; InvalidArn or StateMachineDoesNotExist otherwise. */
export async function loadVersion(engine: Engine, versionArn: string): Promise<StateMachineVersionRecord> {
  checkVersionArn(versionArn);
  const version = await engine.versions.get(versionArn);
  if (!version) throw awsError.stateMachineDoesNotExist(versionArn);
  return version;
}

/** ListStateMachineVersions: newest first; the token holds the number the next page continues below. */
export async function pageOfVersions(engine: Engine, machineArn: string, size: number, token: string | undefined): Promise<{ stateMachineVersions: StateMachineVersionRecord[]; nextToken?: string }> {
  await loadStateMachine(engine, machineArn);
  const below = token === undefined ? undefined : decodePageToken<{ below: number }>(token, { below: 'number' }).below;
  const all = await engine.versions.list(machineArn);
  const rest = below === undefined ? all : all.filter((v) => v.version < below);
  const page = rest.slice(0, size);
  return { stateMachineVersions: page, ...(rest.length > size && { nextToken: encodePageToken({ below: page[page.length - 1].version }) }) };
}

/** DeleteStateMachineVersion: deleting a version that does not exist succeeds; one an alias routes to is refused. */
export async function deleteVersion(engine: Engine, versionArn: string): Promise<void> {
  checkVersionArn(versionArn);
  await engine.versions.delete(versionArn);
}
