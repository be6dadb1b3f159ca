/** The eight state types, in the order AWS lists them. */
export const STATE_TYPES = ['Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'] as const;
export type StateTypeName = (typeof STATE_TYPES)[number];

export function isStateType(value: unknown): value is StateTypeName {
  return typeof value === 'string' && (STATE_TYPES as readonly string[]).includes(value);
}

/** Fields every state type accepts. */
const COMMON_FIELDS = ['Type', 'Comment', 'QueryLanguage'];

/**
 * The fields each state type accepts, whatever its query language. A field outside its list is
 * refused with `Field 'X' is not supported` at the state.
 */
export const ALLOWED_FIELDS: Readonly<Record<StateTypeName, ReadonlySet<string>>> = {
  Pass: fields('InputPath', 'OutputPath', 'Result', 'ResultPath', 'Parameters', 'Output', 'Assign', 'Next', 'End'),
  Task: fields(
    'InputPath', 'OutputPath', 'ResultPath', 'Parameters', 'Arguments', 'Output', 'Assign', 'Resource',
    'Credentials', 'ResultSelector', 'Retry', 'Catch', 'TimeoutSeconds', 'TimeoutSecondsPath',
    'HeartbeatSeconds', 'HeartbeatSecondsPath', 'Next', 'End',
  ),
  Wait: fields('InputPath', 'OutputPath', 'Output', 'Assign', 'Seconds', 'Timestamp', 'SecondsPath', 'TimestampPath', 'Next', 'End'),
  Parallel: fields(
    'InputPath', 'OutputPath', 'ResultPath', 'Parameters', 'Arguments', 'Output', 'Assign', 'ResultSelector',
    'Retry', 'Catch', 'Branches', 'Next', 'End',
  ),
  Map: fields(
    'InputPath', 'OutputPath', 'ResultPath', 'Parameters', 'Output', 'Assign', 'ResultSelector', 'Retry', 'Catch',
    'ItemProcessor', 'Iterator', 'ItemsPath', 'Items', 'ItemSelector', 'ItemReader', 'ItemBatcher', 'ResultWriter',
    'MaxConcurrency', 'MaxConcurrencyPath', 'ToleratedFailurePercentage', 'ToleratedFailurePercentagePath',
    'ToleratedFailureCount', 'ToleratedFailureCountPath', 'Label', 'Next', 'End',
  ),
  Choice: fields('InputPath', 'OutputPath', 'Output', 'Assign', 'Choices', 'Default'),
  Succeed: fields('InputPath', 'OutputPath', 'Output'),
  Fail: fields('Error', 'Cause', 'ErrorPath', 'CausePath'),
};

function fields(...names: string[]): ReadonlySet<string> {
  return new Set([...COMMON_FIELDS, ...names]);
}

/** Fields a JSONata state may not carry, in the order they are reported. */
export const JSONPATH_ONLY_FIELDS: readonly string[] = [
  'InputPath', 'OutputPath', 'ResultPath', 'Parameters', 'ResultSelector', 'Result', 'ItemsPath',
  'TimeoutSecondsPath', 'HeartbeatSecondsPath', 'SecondsPath', 'TimestampPath', 'MaxConcurrencyPath',
  'ToleratedFailurePercentagePath', 'ToleratedFailureCountPath', 'ErrorPath', 'CausePath',
];

/** Fields a JSONPath state may not carry, in the order they are reported. */
export const JSONATA_ONLY_FIELDS: readonly string[] = ['Output', 'Arguments', 'Items'];

/** Fields a state type cannot do without, apart from the Next/End and one-of rules. */
export const REQUIRED_FIELDS: Readonly<Partial<Record<StateTypeName, readonly string[]>>> = {
  Task: ['Resource'],
  Choice: ['Choices'],
  Parallel: ['Branches'],
};

/** State types that must either transition (`Next`) or end (`End: true`). */
export const TRANSITIONING_TYPES: ReadonlySet<StateTypeName> = new Set(['Task', 'Pass', 'Wait', 'Parallel', 'Map']);

/** Pairs of a field and its `Path` twin (or legacy spelling) that exclude each other. */
export const EXCLUSIVE_FIELDS: readonly (readonly [string, string])[] = [
  ['TimeoutSeconds', 'TimeoutSecondsPath'],
  ['HeartbeatSeconds', 'HeartbeatSecondsPath'],
  ['MaxConcurrency', 'MaxConcurrencyPath'],
  ['ToleratedFailurePercentage', 'ToleratedFailurePercentagePath'],
  ['ToleratedFailureCount', 'ToleratedFailureCountPath'],
  ['Error', 'ErrorPath'],
  ['Cause', 'CausePath'],
  ['ItemProcessor', 'Iterator'],
  ['ItemSelector', 'Parameters'],
];

/** Top-level fields of a state machine. */
export const MACHINE_FIELDS: ReadonlySet<string> = new Set(['Comment', 'StartAt', 'States', 'TimeoutSeconds', 'Version', 'QueryLanguage']);

/** Fields of a Parallel branch and of a Map ItemProcessor/Iterator. */
export const BRANCH_FIELDS: ReadonlySet<string> = new Set(['Comment', 'StartAt', 'States']);
export const PROCESSOR_FIELDS: ReadonlySet<string> = new Set(['Comment', 'StartAt', 'States', 'ProcessorConfig']);
