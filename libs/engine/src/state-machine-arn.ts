/**
 * A state machine ARN, unqualified (`...:stateMachine:<name>`) or qualified by a version number
 * (`...:stateMachine:<name>:<version>`) or an alias name (`...:stateMachine:<name>:<alias>`).
 */
export interface StateMachineArnParts {
  /** The unqualified ARN. */
  readonly machineArn: string;
  readonly qualifier?: { readonly kind: 'version'; readonly version: number } | { readonly kind: 'alias'; readonly name: string };
}

/** Index of the resource type in an ARN split on `:` (`arn:aws:states:<region>:<account>:stateMachine:...`). */
const RESOURCE_TYPE_INDEX = 5;

/** The parts of a state machine ARN; undefined for anything else. */
export function splitStateMachineArn(arn: string): StateMachineArnParts | undefined {
  const parts = arn.split(':');
  if (parts[RESOURCE_TYPE_INDEX] !== 'stateMachine' || parts.length < 7 || parts.length > 8) return undefined;
  const machineArn = parts.slice(0, 7).join(':');
  const qualifier = parts[7];
  if (qualifier === undefined) return { machineArn };
  return /^[0-9]+$/.test(qualifier)
    ? { machineArn, qualifier: { kind: 'version', version: Number(qualifier) } }
    : { machineArn, qualifier: { kind: 'alias', name: qualifier } };
}

export function stateMachineVersionArn(machineArn: string, version: number): string {
  return `${machineArn}:${version}`;
}

export function stateMachineAliasArn(machineArn: string, alias: string): string {
  return `${machineArn}:${alias}`;
}
