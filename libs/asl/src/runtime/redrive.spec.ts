import type { StateMachineDefinition } from '../definition/state-machine.definition';
import { Driver, eventTypes, only } from './test-step-context';

const machine = {
  StartAt: 'Prepare',
  States: {
    Prepare: { Type: 'Pass', Result: 1, ResultPath: '$.prepared', Assign: { token: 'kept' }, Next: 'Charge' },
    Charge: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:charge', End: true },
  },
} as StateMachineDefinition;

describe('Redrive', () => {
  it('resumes a failed execution at the state that failed, with its input and variables, recording ExecutionRedriven', async () => {
    const run = Driver.execution(machine, { order: 7 });
    let task = only(await run.start(), 'RunTask');
    const failed = await run.send({ type: 'TaskFailed', awaitId: task.awaitId, error: 'Card.Declined' });
    expect(failed.snapshot).toMatchObject({ status: 'FAILED', redriveFrom: { name: 'Charge', input: { order: 7, prepared: 1 } } });

    const redriven = await run.send({ type: 'Redrive' });
    expect(eventTypes(redriven)).toEqual(['ExecutionRedriven', 'TaskStateEntered', 'LambdaFunctionScheduled']);
    expect(redriven.snapshot).toMatchObject({ status: 'RUNNING', variables: { token: 'kept' } });
    task = only(redriven, 'RunTask');
    expect(task.input).toEqual({ order: 7, prepared: 1 });
    const done = await run.send({ type: 'TaskSucceeded', awaitId: task.awaitId, output: 'charged' });
    expect(done.snapshot).toMatchObject({ status: 'SUCCEEDED', output: 'charged' });
  });

  it('does nothing for a run that is running or succeeded', async () => {
    const run = Driver.execution(machine, {});
    await run.start();
    expect((await run.send({ type: 'Redrive' })).events).toEqual([]);
  });
});
