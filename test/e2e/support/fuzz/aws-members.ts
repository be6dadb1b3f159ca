/**
 * The members of each Step Functions action the door serves, by JSON type, and values that look
 * valid, from which the fuzz requests are derived.
 */
export type MemberType = 'string' | 'integer' | 'boolean';

export const ROLE_ARN = 'arn:aws:iam::123456789012:role/stepwise-fuzz';
export const MISSING_MACHINE_ARN = 'arn:aws:states:us-east-1:123456789012:stateMachine:fuzz-does-not-exist';
export const MISSING_EXECUTION_ARN = 'arn:aws:states:us-east-1:123456789012:execution:fuzz-does-not-exist:e1';
export const PASS_DEFINITION = JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } });

interface Member {
  readonly type: MemberType;
  readonly required?: boolean;
  /** A value of the right type that looks valid. */
  readonly sample: string | number | boolean;
}

export const ACTIONS: Readonly<Record<string, Readonly<Record<string, Member>>>> = {
  CreateStateMachine: {
    name: { type: 'string', required: true, sample: 'fuzz-machine' },
    definition: { type: 'string', required: true, sample: PASS_DEFINITION },
    roleArn: { type: 'string', required: true, sample: ROLE_ARN },
    type: { type: 'string', sample: 'STANDARD' },
  },
  DescribeStateMachine: { stateMachineArn: { type: 'string', required: true, sample: MISSING_MACHINE_ARN } },
  UpdateStateMachine: {
    stateMachineArn: { type: 'string', required: true, sample: MISSING_MACHINE_ARN },
    definition: { type: 'string', sample: PASS_DEFINITION },
    roleArn: { type: 'string', sample: ROLE_ARN },
  },
  DeleteStateMachine: { stateMachineArn: { type: 'string', required: true, sample: MISSING_MACHINE_ARN } },
  ListStateMachines: { maxResults: { type: 'integer', sample: 10 }, nextToken: { type: 'string', sample: 'eyJ4IjoxfQ' } },
  ValidateStateMachineDefinition: {
    definition: { type: 'string', required: true, sample: PASS_DEFINITION },
    type: { type: 'string', sample: 'EXPRESS' },
    maxResults: { type: 'integer', sample: 5 },
  },
  StartExecution: {
    stateMachineArn: { type: 'string', required: true, sample: MISSING_MACHINE_ARN },
    name: { type: 'string', sample: 'fuzz-execution' },
    input: { type: 'string', sample: '{"n":1}' },
    traceHeader: { type: 'string', sample: 'Root=1-abc' },
  },
  StartSyncExecution: {
    stateMachineArn: { type: 'string', required: true, sample: MISSING_MACHINE_ARN },
    name: { type: 'string', sample: 'fuzz-execution' },
    input: { type: 'string', sample: '{"n":1}' },
  },
  StopExecution: {
    executionArn: { type: 'string', required: true, sample: MISSING_EXECUTION_ARN },
    error: { type: 'string', sample: 'Fuzz' },
    cause: { type: 'string', sample: 'fuzzing' },
  },
  DescribeExecution: { executionArn: { type: 'string', required: true, sample: MISSING_EXECUTION_ARN } },
  DescribeStateMachineForExecution: { executionArn: { type: 'string', required: true, sample: MISSING_EXECUTION_ARN } },
  ListExecutions: {
    stateMachineArn: { type: 'string', sample: MISSING_MACHINE_ARN },
    statusFilter: { type: 'string', sample: 'RUNNING' },
    maxResults: { type: 'integer', sample: 10 },
    nextToken: { type: 'string', sample: 'eyJvZmZzZXQiOiIwIn0' },
  },
  RedriveExecution: { executionArn: { type: 'string', required: true, sample: MISSING_EXECUTION_ARN }, clientToken: { type: 'string', sample: 'c1' } },
  GetExecutionHistory: {
    executionArn: { type: 'string', required: true, sample: MISSING_EXECUTION_ARN },
    maxResults: { type: 'integer', sample: 10 },
    reverseOrder: { type: 'boolean', sample: true },
    nextToken: { type: 'string', sample: 'eyJpZCI6MX0' },
    includeExecutionData: { type: 'boolean', sample: false },
  },
  SendTaskSuccess: { taskToken: { type: 'string', required: true, sample: 'fuzz-token' }, output: { type: 'string', required: true, sample: '{}' } },
  SendTaskFailure: {
    taskToken: { type: 'string', required: true, sample: 'fuzz-token' },
    error: { type: 'string', sample: 'Fuzz' },
    cause: { type: 'string', sample: 'fuzzing' },
  },
  SendTaskHeartbeat: { taskToken: { type: 'string', required: true, sample: 'fuzz-token' } },
};

export const ACTION_NAMES = Object.keys(ACTIONS);

/** Every member of `action` at its sample value. */
export function sampleMembers(action: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(ACTIONS[action]).map(([name, member]) => [name, member.sample]));
}

/** The actions with a member of this name. */
export function actionsWith(member: string): string[] {
  return ACTION_NAMES.filter((action) => member in ACTIONS[action]);
}

/** State machines the spec creates before the fuzz, so that hostile executions reach the engine. */
export const TARGET_MACHINES = { STANDARD: 'fuzz-target-standard', EXPRESS: 'fuzz-target-express' } as const;

export function targetMachineArn(type: keyof typeof TARGET_MACHINES): string {
  return `arn:aws:states:us-east-1:123456789012:stateMachine:${TARGET_MACHINES[type]}`;
}
