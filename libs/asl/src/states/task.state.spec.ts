import type { StateMachineDefinition } from '../definition/state-machine.definition';
import { Driver, at, eventTypes, only, testStepContext } from '../runtime/test-step-context';

const FUNCTION = 'arn:aws:lambda:us-east-1:123456789012:function:work';
const INTEGRATION = 'arn:aws:states:::dynamodb:getItem';

const machine = (task: Record<string, unknown>, rest: Record<string, unknown> = {}): StateMachineDefinition =>
  ({ StartAt: 'T', States: { T: { Type: 'Task', Resource: FUNCTION, End: true, ...task } }, ...rest }) as StateMachineDefinition;

describe('taskState', () => {
  it('asks for the task, then finishes with its result', async () => {
    const run = Driver.execution(machine({}), { a: 1 });
    let r = await run.start();
    expect(r.commands).toEqual([{ kind: 'RunTask', awaitId: 1, stateName: 'T', resource: FUNCTION, handler: 'work', input: { a: 1 }, attempt: 1 }]);
    expect(r.snapshot.status).toBe('RUNNING');
    expect(eventTypes(r)).toEqual(['ExecutionStarted', 'TaskStateEntered', 'LambdaFunctionScheduled']);

    r = await run.send({ type: 'TaskStarted', awaitId: 1 });
    expect(eventTypes(r)).toEqual(['LambdaFunctionStarted']);
    expect(r.snapshot.status).toBe('RUNNING');

    r = await run.send({ type: 'TaskSucceeded', awaitId: 1, output: { done: true } }, at(3));
    expect(eventTypes(r)).toEqual(['LambdaFunctionSucceeded', 'TaskStateExited', 'ExecutionSucceeded']);
    expect(r.snapshot).toMatchObject({ status: 'SUCCEEDED', output: { done: true } });
    expect(r.events[0].timestamp).toBe(at(3));
  });

  it('writes Task* events with resourceType and parameters for a service integration', async () => {
    const run = Driver.execution(machine({ Resource: INTEGRATION, Parameters: { TableName: 't' } }), {});
    const r = await run.start();
    expect(run.last('TaskScheduled').details).toEqual({
      resourceType: 'dynamodb',
      resource: 'getItem',
      region: 'us-east-1',
      parameters: { TableName: 't' },
    });
    await run.send({ type: 'TaskFailed', awaitId: only(r, 'RunTask').awaitId, error: 'Boom', cause: 'why' });
    expect(run.types.slice(-2)).toEqual(['TaskFailed', 'ExecutionFailed']);
    expect(run.snapshot).toMatchObject({ status: 'FAILED', error: 'Boom', cause: 'why' });
  });

  it('builds the task input from InputPath then Parameters, and the output from ResultSelector, ResultPath, OutputPath', async () => {
    const def = machine({
      InputPath: '$.req',
      Parameters: { 'id.$': '$.id', 'state.$': '$$.State.Name', 'retry.$': '$$.State.RetryCount' },
      ResultSelector: { 'value.$': '$.body.value', fixed: 1 },
      ResultPath: '$.res',
      OutputPath: '$.res',
      Assign: { 'seen.$': '$.value' },
      Retry: [{ ErrorEquals: ['Never'] }],
    });
    const run = Driver.execution(def, { req: { id: 'k' }, other: true });
    const task = only(await run.start(), 'RunTask');
    expect(task.input).toEqual({ id: 'k', state: 'T', retry: 0 });
    const r = await run.send({ type: 'TaskSucceeded', awaitId: task.awaitId, output: { body: { value: 42 } } });
    expect(r.snapshot.output).toEqual({ value: 42, fixed: 1 });
    expect(run.last('TaskStateExited').details).toMatchObject({ assignedVariables: { seen: 42 } });
    expect(r.snapshot.variables).toEqual({ seen: 42 });
  });

  it('passes TimeoutSeconds and HeartbeatSeconds, literal or from their Path forms, in RunTask', async () => {
    let task = only(await Driver.execution(machine({ TimeoutSeconds: 30, HeartbeatSeconds: 10 }), {}).start(), 'RunTask');
    expect(task).toMatchObject({ timeoutSeconds: 30, heartbeatSeconds: 10 });
    const paths = machine({ TimeoutSecondsPath: '$.limits.t', HeartbeatSecondsPath: '$.limits.h' });
    const run = Driver.execution(paths, { limits: { t: 60, h: 5 } });
    task = only(await run.start(), 'RunTask');
    expect(task).toMatchObject({ timeoutSeconds: 60, heartbeatSeconds: 5 });
    expect(run.last('LambdaFunctionScheduled').details).toMatchObject({
      timeoutInSeconds: 60,
      heartbeatInSeconds: 5,
    });
  });

  it('fails with States.Runtime when TimeoutSecondsPath is missing or not a positive integer', async () => {
    const missing = await Driver.execution(machine({ TimeoutSecondsPath: '$.t' }), {}).start();
    expect(missing.snapshot.error).toBe('States.Runtime');
    expect(missing.commands).toEqual([]);
    const zero = await Driver.execution(machine({ TimeoutSecondsPath: '$.t' }), { t: 0 }).start();
    expect(zero.snapshot.error).toBe('States.Runtime');
  });

  it('turns TaskTimedOut into States.Timeout, or States.HeartbeatTimeout for a missed heartbeat', async () => {
    for (const [heartbeat, error] of [[false, 'States.Timeout'], [true, 'States.HeartbeatTimeout']] as const) {
      const run = Driver.execution(machine({ TimeoutSeconds: 5, HeartbeatSeconds: 2 }), {});
      const task = only(await run.start(), 'RunTask');
      const r = await run.send({ type: 'TaskTimedOut', awaitId: task.awaitId, heartbeat });
      expect(eventTypes(r)).toEqual(['LambdaFunctionTimedOut', 'ExecutionFailed']);
      expect(r.snapshot.error).toBe(error);
    }
  });

  it('mints a task token for .waitForTaskToken, shows it as $$.Task.Token, and completes only by callback', async () => {
    const def = machine({
      Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
      Parameters: { QueueUrl: 'q', MessageBody: { 'token.$': '$$.Task.Token' } },
    });
    const run = Driver.execution(def, {});
    const task = only(await run.start(), 'RunTask');
    expect(task.taskToken).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(task.input).toEqual({ QueueUrl: 'q', MessageBody: { token: task.taskToken } });
    expect(run.last('TaskScheduled').details).toMatchObject({ resource: 'sendMessage.waitForTaskToken' });
    const handed = await run.send({ type: 'TaskSucceeded', awaitId: task.awaitId, output: 'sent' });
    expect(handed.snapshot.status).toBe('RUNNING');
    const r = await run.send({ type: 'TaskSucceeded', awaitId: task.awaitId, output: 'callback', callback: true });
    expect(r.snapshot.output).toBe('callback');
  });

  it('ignores a late answer carrying an earlier awaitId', async () => {
    const def = machine({ Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 1 }] });
    const run = Driver.execution(def, {});
    const first = only(await run.start(), 'RunTask');
    const timer = only(await run.send({ type: 'TaskFailed', awaitId: first.awaitId, error: 'E' }), 'StartTimer');
    const stale = await run.send({ type: 'TaskSucceeded', awaitId: first.awaitId, output: 'late' });
    expect(stale.events).toEqual([]);
    expect(stale.commands).toEqual([]);
    expect(stale.snapshot.status).toBe('RUNNING');
    const second = only(await run.send({ type: 'TimerFired', awaitId: timer.awaitId }, at(1)), 'RunTask');
    expect(second.awaitId).not.toBe(first.awaitId);
    const ignored = await run.send({ type: 'TimerFired', awaitId: timer.awaitId });
    expect(ignored.commands).toEqual([]);
    const r = await run.send({ type: 'TaskSucceeded', awaitId: second.awaitId, output: 'fresh' });
    expect(r.snapshot.output).toBe('fresh');
  });

  it('ends ABORTED on Stop, cancelling the running task', async () => {
    const run = Driver.execution(machine({}), {});
    const task = only(await run.start(), 'RunTask');
    const r = await run.send({ type: 'Stop', error: 'User', cause: 'stopped' });
    expect(r.commands).toEqual([{ kind: 'CancelTask', awaitId: task.awaitId }]);
    expect(eventTypes(r)).toEqual(['TaskStateAborted', 'ExecutionAborted']);
    expect(r.snapshot).toMatchObject({ status: 'ABORTED', error: 'User', cause: 'stopped' });
    const late = await run.send({ type: 'TaskSucceeded', awaitId: task.awaitId, output: 1 });
    expect(late.events).toEqual([]);
  });

  it('ends TIMED_OUT on ExecutionTimedOut, cancelling the running task', async () => {
    const run = Driver.execution(machine({}, { TimeoutSeconds: 10 }), {});
    const task = only(await run.start(), 'RunTask');
    const r = await run.send({ type: 'ExecutionTimedOut' }, at(10));
    expect(r.commands).toEqual([{ kind: 'CancelTask', awaitId: task.awaitId }]);
    expect(eventTypes(r)).toEqual(['ExecutionTimedOut']);
    expect(r.snapshot.status).toBe('TIMED_OUT');
  });

  it('fails with States.DataLimitExceeded when the task result is over the payload limit', async () => {
    const run = Driver.execution(machine({}), {}, testStepContext({ maxPayloadBytes: 100 }));
    const task = only(await run.start(), 'RunTask');
    const r = await run.send({ type: 'TaskSucceeded', awaitId: task.awaitId, output: 'x'.repeat(200) });
    expect(r.snapshot.error).toBe('States.DataLimitExceeded');
    expect(r.snapshot.cause).toBe(
      `The state/task '${FUNCTION}' returned a result with a size exceeding the maximum number of bytes service limit.`,
    );
  });

  describe('JSONata', () => {
    const jsonata = (task: Record<string, unknown>) => machine(task, { QueryLanguage: 'JSONata' });

    it('sends Arguments, shapes Output and Assign from $states.result', async () => {
      const def = jsonata({
        Arguments: { id: '{% $states.input.id %}', token: '{% $states.context.State.Name %}' },
        Output: { merged: '{% $merge([$states.input, $states.result]) %}' },
        Assign: { last: '{% $states.result.v %}' },
      });
      const run = Driver.execution(def, { id: 9 });
      const task = only(await run.start(), 'RunTask');
      expect(task.input).toEqual({ id: 9, token: 'T' });
      const r = await run.send({ type: 'TaskSucceeded', awaitId: task.awaitId, output: { v: 'r' } });
      expect(r.snapshot.output).toEqual({ merged: { id: 9, v: 'r' } });
      expect(r.snapshot.variables).toEqual({ last: 'r' });
    });

    it('evaluates TimeoutSeconds and HeartbeatSeconds expressions', async () => {
      const def = jsonata({ TimeoutSeconds: '{% $states.input.t * 2 %}', HeartbeatSeconds: '{% 3 %}' });
      const task = only(await Driver.execution(def, { t: 4 }).start(), 'RunTask');
      expect(task).toMatchObject({ timeoutSeconds: 8, heartbeatSeconds: 3 });
    });

    it('puts the task token in $states.context.Task.Token', async () => {
      const def = jsonata({ Resource: 'arn:aws:states:::sns:publish.waitForTaskToken', Arguments: { t: '{% $states.context.Task.Token %}' } });
      const task = only(await Driver.execution(def, {}).start(), 'RunTask');
      expect(task.input).toEqual({ t: task.taskToken });
    });
  });

  it('passes Credentials through to RunTask', async () => {
    const credentials = { RoleArn: 'arn:aws:iam::123456789012:role/other' };
    const task = only(await Driver.execution(machine({ Credentials: credentials }), {}).start(), 'RunTask');
    expect(task.credentials).toEqual(credentials);
  });
});
