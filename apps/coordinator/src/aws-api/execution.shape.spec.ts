import { executionRecord } from '../../../../test/support/execution-record.fixture';
import { describeExecutionShape, executionListItemShape, syncExecutionShape } from './execution.shape';

const running = executionRecord({ eventCount: 2 });

describe('execution shapes', () => {
  it('describe a running execution: input as JSON text, no stop date, not redrivable', () => {
    expect(describeExecutionShape(running)).toEqual({
      executionArn: running.arn,
      stateMachineArn: running.stateMachineArn,
      name: 'e',
      status: 'RUNNING',
      startDate: 1_700_000_000,
      input: '{"n":1}',
      inputDetails: { included: true },
      redriveCount: 0,
      redriveStatus: 'NOT_REDRIVABLE',
      redriveStatusReason: 'Execution is RUNNING and cannot be redriven',
    });
  });

  it('describe a succeeded execution with its output, and a failed one with its error, redrivable', () => {
    const succeeded = describeExecutionShape({ ...running, status: 'SUCCEEDED', output: 'done', stopDate: 1_700_000_001_500 });
    expect(succeeded).toMatchObject({ stopDate: 1_700_000_001.5, output: '"done"', outputDetails: { included: true } });
    const failed = describeExecutionShape({ ...running, status: 'FAILED', error: 'Boom', cause: 'why', stopDate: 1_700_000_002_000, redriveCount: 1, redriveDate: 1_700_000_001_000 });
    expect(failed).toMatchObject({ error: 'Boom', cause: 'why', redriveStatus: 'REDRIVABLE', redriveCount: 1, redriveDate: 1_700_000_001 });
    expect(failed).not.toHaveProperty('output');
    expect(failed).not.toHaveProperty('redriveStatusReason');
  });

  it('list an execution with its dates in epoch seconds', () => {
    expect(executionListItemShape({ ...running, status: 'ABORTED', stopDate: 1_700_000_003_000 })).toEqual({
      executionArn: running.arn,
      stateMachineArn: running.stateMachineArn,
      name: 'e',
      status: 'ABORTED',
      startDate: 1_700_000_000,
      stopDate: 1_700_000_003,
      redriveCount: 0,
    });
  });

  it('answer StartSyncExecution with the status, payloads as JSON text and the billed duration rounded up', () => {
    const result = { executionArn: 'arn:x', status: 'SUCCEEDED' as const, output: 42, startDate: 1000, stopDate: 1234, history: [] };
    expect(syncExecutionShape({ stateMachineArn: 'arn:m', name: 'n', input: 21 }, result)).toEqual({
      executionArn: 'arn:x',
      stateMachineArn: 'arn:m',
      name: 'n',
      startDate: 1,
      stopDate: 1.234,
      status: 'SUCCEEDED',
      input: '21',
      inputDetails: { included: true },
      output: '42',
      outputDetails: { included: true },
      billingDetails: { billedMemoryUsedInMB: 64, billedDurationInMilliseconds: 300 },
    });
    const failed = syncExecutionShape({ stateMachineArn: 'arn:m', name: 'n', input: {} }, { ...result, status: 'FAILED', output: undefined, error: 'E', cause: null });
    expect(failed).toMatchObject({ status: 'FAILED', error: 'E' });
    expect(failed).not.toHaveProperty('cause');
    expect(failed).not.toHaveProperty('output');
  });
});
