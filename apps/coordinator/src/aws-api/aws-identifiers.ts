import { DEFAULT_ACCOUNT_ID, DEFAULT_REGION, splitStateMachineArn } from '@lib/engine';
import { awsError } from './aws-api.error';
import { MAX_ARN_LENGTH, MAX_NAME_LENGTH } from './aws-limits';

/**
 * Region and account of the ARNs this door makes: the engine's, which builds execution ARNs
 * itself (a coordinator does not configure them yet).
 */
export const ARN_REGION = DEFAULT_REGION;
export const ARN_ACCOUNT_ID = DEFAULT_ACCOUNT_ID;

/** The length constraint of every ARN member. */
export const ARN_RULE = { max: MAX_ARN_LENGTH, min: 1 } as const;

/**
 * Characters AWS refuses in state machine and execution names: white space, brackets, wildcards,
 * `" # % \ ^ | ~ \` $ & , ; : /`, control characters, lone surrogates (with the `u` flag a
 * surrogate pair is one character, so only a lone half matches) and U+FFFE/U+FFFF.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const FORBIDDEN_NAME_CHARACTER = /[\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f\ufffe\uffff\ud800-\udfff]/u;

/** Throws AWS's InvalidName for a name it would refuse; its length is checked as a constraint. */
export function checkName(name: string): void {
  if (name.length === 0 || name.length > MAX_NAME_LENGTH || FORBIDDEN_NAME_CHARACTER.test(name)) throw awsError.invalidName(name);
}

export function stateMachineArn(name: string): string {
  return `arn:aws:states:${ARN_REGION}:${ARN_ACCOUNT_ID}:stateMachine:${name}`;
}

/** An IAM role's ARN, as AWS requires of a state machine's roleArn (a policy's ARN is refused). */
const ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

export function checkRoleArn(arn: string): void {
  if (!ROLE_ARN.test(arn)) throw awsError.invalidRoleArn(arn);
}

/** `arn:<partition>:states:<region>:<account>:stateMachine:<name>[:<version or alias>]` */
export function checkStateMachineArn(arn: string): void {
  const parts = splitArn(arn);
  if (parts[5] !== 'stateMachine') throw awsError.invalidArn(`Resource type not valid in this context: ${parts[5].toLowerCase()}`);
  if (parts.length > 8) throw awsError.invalidArn(`Invalid ARN: ${arn}`);
}

/** `...:stateMachine:<name>:<version number>` */
export function checkVersionArn(arn: string): void {
  checkQualifiedArn(arn, 'version');
}

/** `...:stateMachine:<name>:<alias name>` */
export function checkAliasArn(arn: string): void {
  checkQualifiedArn(arn, 'alias');
}

function checkQualifiedArn(arn: string, kind: 'version' | 'alias'): void {
  checkStateMachineArn(arn);
  if (splitStateMachineArn(arn)?.qualifier?.kind !== kind) throw awsError.invalidArn(`Invalid ARN: ${arn}`);
}

/** What TagResource and its siblings accept: an unqualified state machine ARN or an activity ARN. */
export function checkTaggableArn(arn: string): 'stateMachine' | 'activity' {
  const parts = splitArn(arn);
  if (parts[5] !== 'stateMachine' && parts[5] !== 'activity') throw awsError.invalidArn(`Resource type not valid in this context: ${parts[5].toLowerCase()}`);
  if (parts.length !== 7) throw awsError.invalidArn(`Invalid ARN: ${arn}`);
  return parts[5];
}

export function activityArn(name: string): string {
  return `arn:aws:states:${ARN_REGION}:${ARN_ACCOUNT_ID}:activity:${name}`;
}

/** `arn:<partition>:states:<region>:<account>:activity:<name>` */
export function checkActivityArn(arn: string): void {
  const parts = splitArn(arn);
  if (parts[5] !== 'activity') throw awsError.invalidArn(`Resource type not valid in this context: ${parts[5].toLowerCase()}`);
  if (parts.length !== 7) throw awsError.invalidArn(`Invalid ARN: ${arn}`);
}

/** `...:execution:<state machine>:<name>` or `...:express:<state machine>:<name>:<id>` */
export function checkExecutionArn(arn: string): void {
  const parts = splitArn(arn);
  if (parts[5] !== 'execution' && parts[5] !== 'express') throw awsError.invalidArn(`Resource type not valid in this context: ${parts[5].toLowerCase()}`);
  if (parts.length < 8 || parts.length > 9) throw awsError.invalidArn(`Invalid ARN: ${arn}`);
}

/** `...:mapRun:<state machine>/<label>:<id>` */
export function checkMapRunArn(arn: string): void {
  const parts = splitArn(arn);
  if (parts[5] !== 'mapRun') throw awsError.invalidArn(`Resource type not valid in this context: ${parts[5].toLowerCase()}`);
  if (parts.length !== 8 || !/^[^/]+\/[^/]+$/.test(parts[6])) throw awsError.invalidArn(`Invalid ARN: ${arn}`);
}

function splitArn(arn: string): string[] {
  const parts = arn.split(':');
  if (parts[0] !== 'arn' || parts.length < 7) throw awsError.invalidArn(`Invalid ARN prefix: ${arn}`);
  if (parts[2] !== 'states') throw awsError.invalidArn(`Invalid ARN service: ${parts[2]}`);
  if (!/^\d{12}$/.test(parts[4])) throw awsError.invalidArn(`Invalid account ID: ${parts[4]}`);
  if (parts.slice(6).some((part) => part === '')) throw awsError.invalidArn(`Invalid ARN: ${arn}`);
  return parts;
}
