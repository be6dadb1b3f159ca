import type { StateMachineDefinition } from '@lib/asl';
import type { ExecutionRecord } from '@lib/engine';

/** A running execution record of a one-Pass machine, with the fields a spec sets. */
export function executionRecord(overrides: Partial<ExecutionRecord> = {}): ExecutionRecord {
  return {
    id: 'e1',
    arn: 'arn:aws:states:us-east-1:123456789012:execution:m:e',
    name: 'e',
    stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:m',
    stateMachineName: 'm',
    roleArn: 'arn:aws:iam::123456789012:role/r',
    region: 'us-east-1',
    accountId: '123456789012',
    type: 'STANDARD',
    definition: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } } as StateMachineDefinition,
    input: { n: 1 },
    startDate: 1_700_000_000_000,
    redriveCount: 0,
    status: 'RUNNING',
    eventCount: 0,
    ...overrides,
  };
}
