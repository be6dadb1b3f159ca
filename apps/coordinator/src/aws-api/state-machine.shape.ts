import type { StateMachineRecord } from '@lib/engine';
import { epochSeconds } from './aws-values';

/** What a stored state machine's logging is: none, as AWS reports a state machine without any. */
const LOGGING_OFF = { level: 'OFF', includeExecutionData: false } as const;
const TRACING_OFF = { enabled: false } as const;

/** The definition as the caller sent it. */
export function definitionText(machine: StateMachineRecord): string {
  return machine.definitionText ?? JSON.stringify(machine.definition);
}

/** DescribeStateMachine's answer. */
export function describeStateMachineShape(machine: StateMachineRecord) {
  return {
    stateMachineArn: machine.arn,
    name: machine.name,
    status: 'ACTIVE',
    definition: definitionText(machine),
    roleArn: machine.roleArn,
    type: machine.type,
    creationDate: epochSeconds(machine.creationDate),
    loggingConfiguration: LOGGING_OFF,
    tracingConfiguration: TRACING_OFF,
    ...(machine.revisionId !== undefined && { revisionId: machine.revisionId }),
  };
}

/** One item of ListStateMachines. */
export function stateMachineListItemShape(machine: StateMachineRecord) {
  return { stateMachineArn: machine.arn, name: machine.name, type: machine.type, creationDate: epochSeconds(machine.creationDate) };
}

/** DescribeStateMachineForExecution's answer: the definition the execution runs. */
export function stateMachineForExecutionShape(
  execution: { stateMachineArn: string; stateMachineName: string; roleArn: string; definition: unknown },
  definition: string,
  updateDate: number,
) {
  return {
    stateMachineArn: execution.stateMachineArn,
    name: execution.stateMachineName,
    definition,
    roleArn: execution.roleArn,
    updateDate: epochSeconds(updateDate),
    loggingConfiguration: LOGGING_OFF,
    tracingConfiguration: TRACING_OFF,
  };
}
