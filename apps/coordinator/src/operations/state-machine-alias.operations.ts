import { splitStateMachineArn, type Engine, type RoutingConfigurationItem, type StateMachineAliasRecord } from '@lib/engine';
import { awsError } from '../aws-api/aws-api.error';
import { checkAliasArn, checkStateMachineArn, checkVersionArn } from '../aws-api/aws-identifiers';
import { loadStateMachine } from './state-machine.operations';
import { creationOrderPage } from './creation-order-page';

// What the alias actions do, whichever door was asked.

/** The weights of an alias's routing add up to this. */
const TOTAL_WEIGHT = 100;

/** Alias names AWS accepts: letters, digits, `_ - .`, and not only digits (those name versions). */
export const ALIAS_NAME_PATTERN = /^(?=.*[a-zA-Z_\-.])[a-zA-Z0-9_\-.]+$/;

/**
 * Checks a routing configuration as AWS does: each ARN a version ARN, all of one state machine,
 * no version twice, weights adding up to 100. Answers the state machine they belong to.
 */
export function checkRouting(routing: readonly RoutingConfigurationItem[]): string {
  routing.forEach((r) => checkVersionArn(r.stateMachineVersionArn));
  const machines = new Set(routing.map((r) => splitStateMachineArn(r.stateMachineVersionArn)?.machineArn));
  if (machines.size !== 1) throw awsError.validation(['Routing configuration must contain state machine version ARNs of the same state machine']);
  if (new Set(routing.map((r) => r.stateMachineVersionArn)).size !== routing.length) {
    throw awsError.validation(['Routing configuration must not contain duplicate state machine version ARNs']);
  }
  if (routing.reduce((sum, r) => sum + r.weight, 0) !== TOTAL_WEIGHT) throw awsError.validation([`Sum of routing configuration weights must equal ${TOTAL_WEIGHT}`]);
  return [...machines][0] as string;
}

/**
 * CreateStateMachineAlias: idempotent for the same name, description and routing. `ofMachine`:
 * the state machine the caller named apart from the routing (REST's path), which the versions must belong to.
 */
export async function createAlias(
  engine: Engine,
  request: { name: string; description?: string; routingConfiguration: RoutingConfigurationItem[] },
  ofMachine?: string,
): Promise<StateMachineAliasRecord> {
  const machineArn = checkRouting(request.routingConfiguration);
  if (ofMachine !== undefined && machineArn !== ofMachine) throw awsError.validation(['Routing configuration must contain versions of the state machine in the path']);
  await loadStateMachine(engine, machineArn);
  const { name, description, routingConfiguration } = request;
  return engine.aliases.create(machineArn, name, { description, routingConfiguration }, Date.now());
}

/** The alias an alias ARN names; InvalidArn or ResourceNotFound otherwise. */
export async function loadAlias(engine: Engine, aliasArn: string): Promise<StateMachineAliasRecord> {
  checkAliasArn(aliasArn);
  const alias = await engine.aliases.get(aliasArn);
  if (!alias) throw awsError.resourceNotFound(aliasArn);
  return alias;
}

/** UpdateStateMachineAlias: a new description and/or routing; at least one of them. */
export async function updateAlias(
  engine: Engine,
  aliasArn: string,
  change: { description?: string; routingConfiguration?: RoutingConfigurationItem[] },
): Promise<StateMachineAliasRecord> {
  checkAliasArn(aliasArn);
  if (change.description === undefined && change.routingConfiguration === undefined) {
    throw awsError.validation(['Either the description or the RoutingConfiguration must be specified']);
  }
  if (change.routingConfiguration && checkRouting(change.routingConfiguration) !== splitStateMachineArn(aliasArn)?.machineArn) {
    throw awsError.validation(['Routing configuration must contain state machine version ARNs of the state machine of the alias']);
  }
  return engine.aliases.update(aliasArn, change, Date.now());
}

export async function deleteAlias(engine: Engine, aliasArn: string): Promise<void> {
  checkAliasArn(aliasArn);
  await engine.aliases.delete(aliasArn);
}

/**
 * ListStateMachineAliases: the aliases of a state machine, or (for a version ARN) those routing
 * to that version, in creation order; the token holds the last alias of the page.
 */
export async function pageOfAliases(engine: Engine, arn: string, size: number, token: string | undefined): Promise<{ stateMachineAliases: StateMachineAliasRecord[]; nextToken?: string }> {
  checkStateMachineArn(arn);
  const parts = splitStateMachineArn(arn);
  if (!parts || parts.qualifier?.kind === 'alias') throw awsError.invalidArn(`Invalid ARN: ${arn}`);
  if (parts.qualifier === undefined) await loadStateMachine(engine, arn);
  else if (!(await engine.versions.get(arn))) throw awsError.resourceNotFound(arn);
  const all = (await engine.aliases.list(parts.machineArn)).filter((a) => !parts.qualifier || a.routingConfiguration.some((r) => r.stateMachineVersionArn === arn));
  const { page, nextToken } = creationOrderPage(all, size, token);
  return { stateMachineAliases: page, ...(nextToken !== undefined && { nextToken }) };
}
