import type { ExecutionIdentity } from '@lib/asl';

/** The account, region and role the recorded cases assume (localstack/README.md, "Environment"). */
export const CONFORMANCE_ACCOUNT_ID = '111111111111';
export const CONFORMANCE_REGION = 'us-east-1';
export const CONFORMANCE_ROLE_ARN = 'arn:aws:iam::111111111111:role/sfn-role';

/** Fixed start of every execution's virtual clock; the milliseconds make formatting bugs visible. */
export const CONFORMANCE_START_EPOCH_MS = Date.UTC(2024, 5, 30, 12, 0, 0, 123);

/** Seeds for the executor's entropy and for the handlers' request ids. */
export const EXECUTION_ENTROPY_SEED = 20240630;
export const HANDLER_ENTROPY_SEED = 7;

const STATE_MACHINE_NAME = 'conformance-state-machine';
const EXECUTION_NAME = 'conformance-execution';

/**
 * Names are free to choose: every recorded value containing them is in the case's `ignore`.
 * Express executions have AWS's `express:` ARN shape.
 */
export function conformanceIdentity(type: 'STANDARD' | 'EXPRESS' = 'STANDARD', executionId = '00000000-0000-4000-8000-000000000000'): ExecutionIdentity {
  const prefix = `arn:aws:states:${CONFORMANCE_REGION}:${CONFORMANCE_ACCOUNT_ID}`;
  const executionArn =
    type === 'EXPRESS'
      ? `${prefix}:express:${STATE_MACHINE_NAME}:${EXECUTION_NAME}:${executionId}`
      : `${prefix}:execution:${STATE_MACHINE_NAME}:${EXECUTION_NAME}`;
  return {
    executionArn,
    name: EXECUTION_NAME,
    stateMachineArn: `${prefix}:stateMachine:${STATE_MACHINE_NAME}`,
    stateMachineName: STATE_MACHINE_NAME,
    roleArn: CONFORMANCE_ROLE_ARN,
    region: CONFORMANCE_REGION,
    accountId: CONFORMANCE_ACCOUNT_ID,
  };
}
