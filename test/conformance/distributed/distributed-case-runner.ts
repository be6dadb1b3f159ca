import type { ExecutionService } from '@lib/engine';
import { CONFORMANCE_ACCOUNT_ID, CONFORMANCE_REGION, CONFORMANCE_ROLE_ARN } from '../conformance-environment';
import type { CaseActual, ExecutionCase } from '../corpus-case';
import { WallClockTimeoutError } from '../wall-clock-guard';
import { CONFORMANCE_STATE_MACHINE_NAME, executionName } from './execution-naming';

const STATE_MACHINE_ARN = `arn:aws:states:${CONFORMANCE_REGION}:${CONFORMANCE_ACCOUNT_ID}:stateMachine:${CONFORMANCE_STATE_MACHINE_NAME}`;

/** Where a distributed run submits its executions. */
export interface DistributedTarget {
  readonly executions: ExecutionService;
  readonly runTag: string;
}

/**
 * Runs one execution case on the distributed runtime: starts it through the ExecutionService,
 * named after its corpus index, and waits for its end in real time. A case still running after
 * `caseTimeoutMs` is stopped and fails with WallClockTimeoutError, as in local mode.
 */
export async function runDistributedExecutionCase(
  target: DistributedTarget,
  testCase: ExecutionCase,
  index: number,
  caseTimeoutMs: number,
): Promise<CaseActual> {
  const { executions } = target;
  const { arn } = await executions.start({
    definition: structuredClone(testCase.definition),
    stateMachineArn: STATE_MACHINE_ARN,
    stateMachineName: CONFORMANCE_STATE_MACHINE_NAME,
    name: executionName(target.runTag, index),
    input: structuredClone(testCase.input),
    roleArn: CONFORMANCE_ROLE_ARN,
    type: testCase.type ?? 'STANDARD',
  });
  const ended = await executions.waitForEnd(arn, caseTimeoutMs);
  if (ended.status === 'RUNNING') {
    await executions.stop(arn, 'Conformance.WallClockTimeout', 'stopped by the conformance runner').catch(() => undefined);
    throw new WallClockTimeoutError(caseTimeoutMs);
  }
  return { status: ended.status, output: ended.output, error: ended.error, cause: ended.cause };
}
