import { buildContextObject, isoTime } from './context-object';
import { newRun } from './new-run';
import type { ActiveState } from './snapshot';
import { T0, TEST_EXECUTION } from './test-step-context';

const state: ActiveState = { name: 'S', input: {}, enteredTime: T0 + 1500, enteredEventId: 2, retryCount: 2 };

describe('buildContextObject', () => {
  it('describes the execution, the state machine and the state, with times in ISO-8601 milliseconds', () => {
    const context = buildContextObject({ ...TEST_EXECUTION, input: { a: 1 } }, newRun({ input: {} }), state, false);
    expect(context).toEqual({
      Execution: {
        Id: TEST_EXECUTION.executionArn,
        Input: { a: 1 },
        StartTime: '2024-01-01T00:00:00.000Z',
        Name: 'run-1',
        RoleArn: TEST_EXECUTION.roleArn,
        RedriveCount: 0,
      },
      StateMachine: { Id: TEST_EXECUTION.stateMachineArn, Name: 'Machine' },
      State: { EnteredTime: '2024-01-01T00:00:01.500Z', Name: 'S' },
    });
  });

  it('adds State.RetryCount for a state that can retry, Task.Token for a callback task and Map.Item in an iteration', () => {
    const run = newRun({ input: 'v', mapItem: { Index: 3, Value: 'v' } });
    const context = buildContextObject(TEST_EXECUTION, run, state, true, 'token-1');
    expect(context.State).toEqual({ EnteredTime: '2024-01-01T00:00:01.500Z', Name: 'S', RetryCount: 2 });
    expect(context.Task).toEqual({ Token: 'token-1' });
    expect(context.Map).toEqual({ Item: { Index: 3, Value: 'v' } });
  });

  it('gives a StartSyncExecution execution no RedriveCount, as AWS does', () => {
    const { redriveCount: _, ...synchronous } = TEST_EXECUTION;
    const context = buildContextObject(synchronous, newRun({ input: {} }), state, false);
    expect(context.Execution).not.toHaveProperty('RedriveCount');
  });
});

describe('isoTime', () => {
  it('always renders milliseconds', () => {
    expect(isoTime(Date.UTC(2020, 0, 2, 3, 4, 5))).toBe('2020-01-02T03:04:05.000Z');
  });
});
