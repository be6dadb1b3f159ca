import type { StateMachineAliasRecord, StateMachineVersionRecord } from '@lib/engine';
import { epochSeconds } from './aws-values';
import { describeStateMachineShape } from './state-machine.shape';

/** DescribeStateMachine's answer for a version ARN: the snapshot, under the version's ARN and date. */
export function describeVersionShape(version: StateMachineVersionRecord) {
  return {
    ...describeStateMachineShape(version.machine),
    stateMachineArn: version.arn,
    creationDate: epochSeconds(version.creationDate),
    ...(version.description !== undefined && { description: version.description }),
  };
}

/** One item of ListStateMachineVersions. */
export function versionListItemShape(version: StateMachineVersionRecord) {
  return { stateMachineVersionArn: version.arn, creationDate: epochSeconds(version.creationDate) };
}

/** DescribeStateMachineAlias's answer. */
export function describeAliasShape(alias: StateMachineAliasRecord) {
  return {
    stateMachineAliasArn: alias.arn,
    name: alias.name,
    ...(alias.description !== undefined && { description: alias.description }),
    routingConfiguration: alias.routingConfiguration,
    creationDate: epochSeconds(alias.creationDate),
    updateDate: epochSeconds(alias.updateDate),
  };
}

/** One item of ListStateMachineAliases. */
export function aliasListItemShape(alias: StateMachineAliasRecord) {
  return { stateMachineAliasArn: alias.arn, creationDate: epochSeconds(alias.creationDate) };
}
