import type { HistoryEvent, RunSnapshot, StateMachineDefinition } from '@lib/asl';
import { awaitedTask, isScheduledEvent, pendingTask } from './pending-task';

const DEFINITION = {
  StartAt: 'Both',
  States: {
    Both: {
      Type: 'Parallel',
      End: true,
      Branches: [{ StartAt: 'Approve', States: { Approve: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken', End: true } } }],
    },
  },
} as unknown as StateMachineDefinition;

const EXECUTION = { id: 'e1', arn: 'arn:execution', stateMachineArn: 'arn:machine', definition: DEFINITION };

function run(awaiting: object | undefined): RunSnapshot {
  return {
    machine: ['Both', 0],
    status: 'RUNNING',
    input: {},
    variables: {},
    state: { name: 'Approve', input: { raw: true }, enteredTime: 1000, enteredEventId: 4, retryCount: 1, ...(awaiting && { awaiting }) },
    lastEventId: 6,
    awaitCounter: 3,
  } as RunSnapshot;
}

describe(pendingTask.name, () => {
  const scheduled: HistoryEvent = { id: 5, previousEventId: 4, timestamp: 2000, type: 'TaskScheduled', details: { parameters: { FunctionName: 'approver', Payload: { t: 'tok' } } } };

  it("describes a branch's callback task from the definition, the run and its Scheduled event", () => {
    const task = awaitedTask('r-1-0', { snapshot: run({ id: 3, kind: 'task', attempt: 2, taskToken: 'tok' }), version: 4 })!;
    expect(pendingTask(EXECUTION, task, scheduled)).toEqual({
      executionArn: 'arn:execution',
      stateMachineArn: 'arn:machine',
      runId: 'r-1-0',
      stateName: 'Approve',
      resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      input: { FunctionName: 'approver', Payload: { t: 'tok' } },
      attempt: 2,
      scheduledDate: 2000,
      taskToken: 'tok',
      queue: 'stepwise-task-approver',
      jobId: 'e1.r-1-0.3.task',
    });
  });

  it('falls back to the state input and its entry time when the Scheduled event is not found', () => {
    const task = awaitedTask('r', { snapshot: run({ id: 3, kind: 'task', attempt: 1 }), version: 1 })!;
    expect(pendingTask(EXECUTION, task, undefined)).toMatchObject({ input: { raw: true }, scheduledDate: 1000 });
    expect(pendingTask(EXECUTION, task, undefined)).not.toHaveProperty('taskToken');
  });

  it('finds no task in a run that waits on a timer, children or nothing', () => {
    expect(awaitedTask('r', { snapshot: run({ id: 3, kind: 'wait' }), version: 1 })).toBeUndefined();
    expect(awaitedTask('r', { snapshot: run(undefined), version: 1 })).toBeUndefined();
  });

  it('knows the Scheduled events of every task family', () => {
    expect(['TaskScheduled', 'LambdaFunctionScheduled', 'ActivityScheduled'].map((type) => isScheduledEvent({ id: 1, previousEventId: 0, timestamp: 0, type }))).toEqual([true, true, true]);
    expect(isScheduledEvent({ id: 1, previousEventId: 0, timestamp: 0, type: 'TaskStarted' })).toBe(false);
  });
});
