import type { StateMachineDefinition } from '../definition/state-machine.definition';
import { newRun } from './new-run';
import { step } from './step';
import { Driver, T0, TEST_EXECUTION, eventTypes, only, testStepContext } from './test-step-context';

const FUNCTION = 'arn:aws:lambda:us-east-1:123456789012:function:work';

const machine = {
  StartAt: 'A',
  States: {
    A: { Type: 'Pass', Next: 'T' },
    T: { Type: 'Task', Resource: FUNCTION, Next: 'Z' },
    Z: { Type: 'Pass', End: true },
  },
} as StateMachineDefinition;

describe('step', () => {
  it('runs the states that need nothing from outside in one call, up to the first wait', async () => {
    const run = Driver.execution(machine, { a: 1 });
    const r = await run.start();
    expect(eventTypes(r)).toEqual(['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'TaskStateEntered', 'LambdaFunctionScheduled']);
    expect(r.events[0].details).toEqual({
      input: { a: 1 },
      inputDetails: { truncated: false },
      roleArn: TEST_EXECUTION.roleArn,
      stateMachineArn: TEST_EXECUTION.stateMachineArn,
    });
    expect(r.snapshot.state).toMatchObject({ name: 'T', input: { a: 1 }, enteredTime: T0, enteredEventId: 4, retryCount: 0 });
    expect(r.snapshot.state?.awaiting).toEqual({ id: 1, kind: 'task', attempt: 1 });
    expect(r.snapshot.lastEventId).toBe(5);
  });

  it('applies several events in order in one call', async () => {
    const run = Driver.execution(machine, {});
    const task = only(await run.start(), 'RunTask');
    const r = await run.send([
      { type: 'TaskStarted', awaitId: task.awaitId },
      { type: 'TaskSucceeded', awaitId: task.awaitId, output: 'done' },
    ]);
    expect(eventTypes(r)).toEqual(['LambdaFunctionStarted', 'LambdaFunctionSucceeded', 'TaskStateExited', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
    expect(r.snapshot.output).toBe('done');
  });

  it('links every event to the one before it in the same run, with ids from the context', async () => {
    const run = Driver.execution(machine, {});
    const task = only(await run.start(), 'RunTask');
    await run.send({ type: 'TaskSucceeded', awaitId: task.awaitId, output: {} });
    expect(run.history.map((e) => [e.id, e.previousEventId])).toEqual(run.history.map((_e, i) => [i + 1, i]));
  });

  it('fails the execution with States.DataLimitExceeded when its input is over the limit', async () => {
    const run = Driver.execution(machine, 'x'.repeat(64), testStepContext({ maxPayloadBytes: 32 }));
    const r = await run.start();
    expect(eventTypes(r)).toEqual(['ExecutionStarted', 'ExecutionFailed']);
    expect(r.snapshot).toMatchObject({
      status: 'FAILED',
      error: 'States.DataLimitExceeded',
      cause: 'The execution input exceeds the maximum number of bytes service limit.',
    });
  });

  it('checks a child run\'s payloads at its states, not at its start', async () => {
    const def = { StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [machine], End: true } } } as StateMachineDefinition;
    const child = new Driver(def, newRun({ machine: ['P', 0], input: 'x'.repeat(64) }), testStepContext({ maxPayloadBytes: 32 }));
    const r = await child.start();
    expect(eventTypes(r)).toEqual(['PassStateEntered']);
    expect(r.snapshot.cause).toBe("The state/task 'A' returned a result with a size exceeding the maximum number of bytes service limit.");
  });

  it('ends a child run ABORTED on Stop without writing execution events', async () => {
    const def = { StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [machine], End: true } } } as StateMachineDefinition;
    const child = new Driver(def, newRun({ machine: ['P', 0], input: {} }));
    const task = only(await child.start(), 'RunTask');
    const r = await child.send({ type: 'Stop' });
    expect(r.commands).toEqual([{ kind: 'CancelTask', awaitId: task.awaitId }]);
    expect(eventTypes(r)).toEqual(['TaskStateAborted']);
    expect(r.snapshot).toMatchObject({ status: 'ABORTED', error: null, cause: null });
  });

  it('ignores Stop and every other event once the run has ended', async () => {
    const run = Driver.execution({ StartAt: 'Z', States: { Z: { Type: 'Pass', End: true } } } as StateMachineDefinition, {});
    await run.start();
    for (const event of [{ type: 'Stop' }, { type: 'ExecutionTimedOut' }, { type: 'TimerFired', awaitId: 1 }] as const) {
      const r = await run.send(event);
      expect([r.events, r.commands, r.snapshot.status]).toEqual([[], [], 'SUCCEEDED']);
    }
  });

  it('ignores an answer when the run awaits nothing', async () => {
    const run = Driver.execution(machine, {});
    const r = await step(machine, newRun({ input: {} }), { type: 'TaskSucceeded', awaitId: 1, output: {} }, run.ctx);
    expect([r.events, r.commands, r.snapshot.status]).toEqual([[], [], 'RUNNING']);
  });

  it('throws for a machine path that names no sub-machine: a bug, not a state failure', async () => {
    const stepping = async () => step(machine, newRun({ machine: ['A', 0], input: {} }), { type: 'Start' }, testStepContext());
    await expect(stepping()).rejects.toThrow(/No sub-machine/);
  });
});
