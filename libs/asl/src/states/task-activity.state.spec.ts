import type { StateMachineDefinition } from '../definition/state-machine.definition';
import { Driver, eventTypes, only, testStepContext } from '../runtime/test-step-context';

const ACTIVITY = 'arn:aws:states:us-east-1:123456789012:activity:review';

const machine = (task: Record<string, unknown> = {}): StateMachineDefinition =>
  ({ StartAt: 'Review', States: { Review: { Type: 'Task', Resource: ACTIVITY, End: true, ...task } } }) as StateMachineDefinition;

const withActivities = (exists: boolean | Promise<boolean>) => testStepContext({ newTaskToken: () => 'token-1', activityExists: () => exists });

describe('taskState with an activity Resource', () => {
  it('schedules the activity with a task token, records who took it, and succeeds with the answer', async () => {
    const run = Driver.execution(machine({ HeartbeatSeconds: 5 }), { doc: 1 }, withActivities(true));
    const task = only(await run.start(), 'RunTask');
    expect(task).toMatchObject({ handler: ACTIVITY, input: { doc: 1 }, taskToken: 'token-1', heartbeatSeconds: 5 });
    expect(run.last('ActivityScheduled').details).toEqual({ resource: ACTIVITY, input: { doc: 1 }, inputDetails: { truncated: false }, heartbeatInSeconds: 5 });

    await run.send({ type: 'TaskStarted', awaitId: task.awaitId, workerName: 'reviewer-1' });
    expect(run.last('ActivityStarted').details).toEqual({ workerName: 'reviewer-1' });

    const r = await run.send({ type: 'TaskSucceeded', awaitId: task.awaitId, output: { ok: true }, callback: true });
    expect(eventTypes(r)).toEqual(['ActivitySucceeded', 'TaskStateExited', 'ExecutionSucceeded']);
    expect(r.snapshot).toMatchObject({ status: 'SUCCEEDED', output: { ok: true } });
  });

  it('takes the result of a worker serving the activity, which reports no callback', async () => {
    const run = Driver.execution(machine(), {}, withActivities(true));
    const task = only(await run.start(), 'RunTask');
    const r = await run.send([{ type: 'TaskStarted', awaitId: task.awaitId }, { type: 'TaskSucceeded', awaitId: task.awaitId, output: 7 }]);
    expect(run.last('ActivityStarted').details).toEqual({});
    expect(r.snapshot).toMatchObject({ status: 'SUCCEEDED', output: 7 });
  });

  it('does not offer the token to Parameters as $$.Task.Token, which only callback tasks have', async () => {
    const run = Driver.execution(machine({ Parameters: { 'token.$': '$$.Task.Token' } }), {}, withActivities(true));
    const r = await run.start();
    expect(r.snapshot).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
  });

  it.each([false, Promise.resolve(false)])('fails with States.Runtime before scheduling when the activity does not exist (%p)', async (exists) => {
    const run = Driver.execution(machine({ Catch: [{ ErrorEquals: ['States.TaskFailed'], Next: 'Review' }] }), {}, withActivities(exists));
    const r = await run.start();
    expect(eventTypes(r)).toEqual(['ExecutionStarted', 'TaskStateEntered', 'ExecutionFailed']);
    expect(r.snapshot).toMatchObject({
      status: 'FAILED',
      error: 'States.Runtime',
      cause: `An error occurred while executing the state 'Review' (entered at the event id #2). The activity ${ACTIVITY} does not exist.`,
    });
  });

  it('has no token where the runtime mints none (the in-memory executor)', async () => {
    const run = Driver.execution(machine(), {});
    expect(only(await run.start(), 'RunTask').taskToken).toBeUndefined();
  });
});
