import type { ExecutionResult, Json } from '@lib/asl';
import type { ExecutionRecord } from '@lib/engine';
import { epochSeconds, jsonText } from './aws-values';

const INCLUDED = { included: true } as const;

/** Billed memory AWS reports for an Express execution: its minimum. */
const BILLED_MEMORY_MB = 64;

/** Express duration is billed in steps of this many milliseconds, rounded up. */
const BILLING_STEP_MS = 100;

/** What ended executions can be redriven: FAILED, ABORTED and TIMED_OUT Standard ones. */
function redriveStatus(e: ExecutionRecord): { redriveStatus: string; redriveStatusReason?: string } {
  if (e.type === 'EXPRESS') return { redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution is of type EXPRESS and cannot be redriven' };
  if (e.status === 'RUNNING' || e.status === 'SUCCEEDED') {
    return { redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: `Execution is ${e.status} and cannot be redriven` };
  }
  return { redriveStatus: 'REDRIVABLE' };
}

function ending(e: ExecutionRecord) {
  return {
    ...(e.status !== 'RUNNING' && e.stopDate !== undefined && { stopDate: epochSeconds(e.stopDate) }),
    ...(e.redriveDate !== undefined && { redriveDate: epochSeconds(e.redriveDate) }),
  };
}

/** DescribeExecution's answer: payloads as JSON text, dates in epoch seconds. */
export function describeExecutionShape(e: ExecutionRecord) {
  return {
    ...executionListItemShape(e),
    input: jsonText(e.input),
    inputDetails: INCLUDED,
    ...(e.status === 'SUCCEEDED' && e.output !== undefined && { output: jsonText(e.output), outputDetails: INCLUDED }),
    ...(e.status !== 'RUNNING' && typeof e.error === 'string' && { error: e.error }),
    ...(e.status !== 'RUNNING' && typeof e.cause === 'string' && { cause: e.cause }),
    ...redriveStatus(e),
  };
}

/** One item of ListExecutions. */
export function executionListItemShape(e: ExecutionRecord) {
  return {
    executionArn: e.arn,
    stateMachineArn: e.stateMachineArn,
    ...(e.stateMachineVersionArn !== undefined && { stateMachineVersionArn: e.stateMachineVersionArn }),
    ...(e.stateMachineAliasArn !== undefined && { stateMachineAliasArn: e.stateMachineAliasArn }),
    name: e.name,
    status: e.status,
    startDate: epochSeconds(e.startDate),
    ...ending(e),
    redriveCount: e.redriveCount,
  };
}

/** StartSyncExecution's answer for an Express execution run to its end. */
export function syncExecutionShape(
  request: { stateMachineArn: string; name: string; input: Json },
  result: ExecutionResult & { executionArn: string },
) {
  const duration = Math.max(0, result.stopDate - result.startDate);
  return {
    executionArn: result.executionArn,
    stateMachineArn: request.stateMachineArn,
    name: request.name,
    startDate: epochSeconds(result.startDate),
    stopDate: epochSeconds(result.stopDate),
    // A synchronous execution ends SUCCEEDED, FAILED or TIMED_OUT; nothing can stop it.
    status: result.status === 'ABORTED' ? 'FAILED' : result.status,
    ...(typeof result.error === 'string' && { error: result.error }),
    ...(typeof result.cause === 'string' && { cause: result.cause }),
    input: jsonText(request.input),
    inputDetails: INCLUDED,
    ...(result.status === 'SUCCEEDED' && result.output !== undefined && { output: jsonText(result.output), outputDetails: INCLUDED }),
    billingDetails: {
      billedMemoryUsedInMB: BILLED_MEMORY_MB,
      billedDurationInMilliseconds: Math.max(BILLING_STEP_MS, Math.ceil(duration / BILLING_STEP_MS) * BILLING_STEP_MS),
    },
  };
}
