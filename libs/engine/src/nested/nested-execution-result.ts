import type { Json } from '@lib/asl';
import type { TaskOutcome } from '@lib/contracts';
import type { ExecutionRecord, ParentTask } from '../execution-record';

/**
 * What a `states:startExecution.sync` Task returns when its execution ends: AWS's
 * DescribeExecution response, with Input and Output as JSON text (`.sync`) or as JSON values
 * (`.sync:2`). A child that did not succeed fails the Task with States.TaskFailed and that
 * response as the cause.
 */
export function nestedExecutionOutcome(child: ExecutionRecord, pattern: ParentTask['pattern']): TaskOutcome {
  const asText = pattern === 'sync';
  const describe: Record<string, Json> = {
    ExecutionArn: child.arn,
    Input: asText ? JSON.stringify(child.input) : child.input,
    InputDetails: { Included: true },
    Name: child.name,
    StartDate: child.startDate,
    StateMachineArn: child.stateMachineArn,
    Status: child.status,
    StopDate: child.stopDate ?? null,
    RedriveCount: child.redriveCount,
  };
  if (child.status === 'SUCCEEDED') {
    describe.Output = asText ? JSON.stringify(child.output ?? null) : (child.output ?? null);
    describe.OutputDetails = { Included: true };
    return { output: describe };
  }
  if (child.error != null) describe.Error = child.error;
  if (child.cause != null) describe.Cause = child.cause;
  return { error: 'States.TaskFailed', cause: JSON.stringify(describe) };
}

/** What `states:startExecution` (request-response) returns: the new execution's ARN and start. */
export function startedExecutionOutput(child: ExecutionRecord): Json {
  return { ExecutionArn: child.arn, StartDate: child.startDate };
}
