import type { Retrier, StateMachineDefinition } from '../definition/state-machine.definition';
import { seededEntropy } from '../runtime/entropy';
import { Driver, at, eventTypes, only } from '../runtime/test-step-context';

const FUNCTION = 'arn:aws:lambda:us-east-1:123456789012:function:work';

const machine = (task: Record<string, unknown>, rest: Record<string, unknown> = {}): StateMachineDefinition =>
  ({
    StartAt: 'T',
    States: {
      T: { Type: 'Task', Resource: FUNCTION, End: true, ...task },
      Handler: { Type: 'Pass', End: true },
    },
    ...rest,
  }) as StateMachineDefinition;

/** Fails the awaited task with `error` at `now`; returns the step result. */
async function fail(run: Driver, awaitId: number, error: string, now?: number) {
  return run.send({ type: 'TaskFailed', awaitId, error, cause: `cause of ${error}` }, now);
}

describe('taskState Retry', () => {
  it('backs off by IntervalSeconds × BackoffRate^n, counting $$.State.RetryCount, until MaxAttempts', async () => {
    const retrier: Retrier = { ErrorEquals: ['E'], IntervalSeconds: 2, BackoffRate: 3, MaxAttempts: 2 };
    const run = Driver.execution(machine({ Retry: [retrier], Parameters: { 'n.$': '$$.State.RetryCount' } }), {});
    let task = only(await run.start(), 'RunTask');
    expect(task).toMatchObject({ attempt: 1, input: { n: 0 } });

    let r = await fail(run, task.awaitId, 'E', at(0));
    expect(r.commands).toEqual([{ kind: 'StartTimer', awaitId: task.awaitId + 1, dueAt: at(2) }]);
    expect(eventTypes(r)).toEqual(['LambdaFunctionFailed']);
    expect(r.snapshot.status).toBe('RUNNING');

    task = only(await run.send({ type: 'TimerFired', awaitId: task.awaitId + 1 }, at(2)), 'RunTask');
    expect(task).toMatchObject({ attempt: 2, input: { n: 1 } });
    expect(run.types.slice(-1)).toEqual(['LambdaFunctionScheduled']);

    r = await fail(run, task.awaitId, 'E', at(2));
    const timer = only(r, 'StartTimer');
    expect(timer.dueAt).toBe(at(2 + 6));

    task = only(await run.send({ type: 'TimerFired', awaitId: timer.awaitId }, at(8)), 'RunTask');
    expect(task).toMatchObject({ attempt: 3, input: { n: 2 } });
    r = await fail(run, task.awaitId, 'E', at(8));
    expect(r.commands).toEqual([]);
    expect(r.snapshot).toMatchObject({ status: 'FAILED', error: 'E', cause: 'cause of E' });
    expect(run.types.filter((t) => t === 'TaskStateEntered')).toHaveLength(1);
  });

  it('does not retry with MaxAttempts 0', async () => {
    const run = Driver.execution(machine({ Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 0 }] }), {});
    const task = only(await run.start(), 'RunTask');
    const r = await fail(run, task.awaitId, 'E');
    expect(r.commands).toEqual([]);
    expect(r.snapshot.status).toBe('FAILED');
  });

  it('keeps a separate attempt counter per Retrier', async () => {
    const retry: Retrier[] = [
      { ErrorEquals: ['A'], MaxAttempts: 1, IntervalSeconds: 1 },
      { ErrorEquals: ['B'], MaxAttempts: 1, IntervalSeconds: 5 },
    ];
    const run = Driver.execution(machine({ Retry: retry }), {});
    let task = only(await run.start(), 'RunTask');
    let timer = only(await fail(run, task.awaitId, 'A', at(0)), 'StartTimer');
    expect(timer.dueAt).toBe(at(1));
    task = only(await run.send({ type: 'TimerFired', awaitId: timer.awaitId }, at(1)), 'RunTask');
    timer = only(await fail(run, task.awaitId, 'B', at(1)), 'StartTimer');
    expect(timer.dueAt).toBe(at(6));
    task = only(await run.send({ type: 'TimerFired', awaitId: timer.awaitId }, at(6)), 'RunTask');
    expect(task.attempt).toBe(3);
    const r = await fail(run, task.awaitId, 'A', at(6));
    expect(r.snapshot).toMatchObject({ status: 'FAILED', error: 'A' });
  });

  it('caps the delay at MaxDelaySeconds and draws FULL jitter from the injected entropy', async () => {
    const retrier: Retrier = { ErrorEquals: ['E'], IntervalSeconds: 10, BackoffRate: 10, MaxAttempts: 5, MaxDelaySeconds: 50, JitterStrategy: 'FULL' };
    const run = Driver.execution(machine({ Retry: [retrier] }), {});
    let task = only(await run.start(), 'RunTask');
    const draws = seededEntropy(1);
    let timer = only(await fail(run, task.awaitId, 'E', at(0)), 'StartTimer');
    expect(timer.dueAt).toBe(at(0) + Math.round(draws.random() * 10_000));
    task = only(await run.send({ type: 'TimerFired', awaitId: timer.awaitId }, at(20)), 'RunTask');
    timer = only(await fail(run, task.awaitId, 'E', at(20)), 'StartTimer');
    expect(timer.dueAt).toBe(at(20) + Math.round(draws.random() * 50_000));
  });

  it('retries States.Timeout only through a Retrier that names it or States.ALL', async () => {
    const run = Driver.execution(machine({ Retry: [{ ErrorEquals: ['States.TaskFailed'] }, { ErrorEquals: ['States.Timeout'], IntervalSeconds: 7 }] }), {});
    const task = only(await run.start(), 'RunTask');
    const r = await run.send({ type: 'TaskTimedOut', awaitId: task.awaitId }, at(0));
    expect(only(r, 'StartTimer').dueAt).toBe(at(7));
  });
});

describe('taskState Catch', () => {
  it('moves to the Catcher Next with the error output placed at ResultPath', async () => {
    const def = machine({ Catch: [{ ErrorEquals: ['Other'], Next: 'Handler' }, { ErrorEquals: ['E'], Next: 'Handler', ResultPath: '$.error' }] });
    const run = Driver.execution(def, { keep: 1 });
    const task = only(await run.start(), 'RunTask');
    const r = await fail(run, task.awaitId, 'E');
    expect(eventTypes(r)).toEqual(['LambdaFunctionFailed', 'TaskStateExited', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
    expect(r.snapshot.output).toEqual({ keep: 1, error: { Error: 'E', Cause: 'cause of E' } });
    expect(run.last('PassStateEntered').details).toMatchObject({ name: 'Handler' });
  });

  it('passes the bare error output on without ResultPath, with an empty Cause when there is none', async () => {
    const run = Driver.execution(machine({ Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Handler' }] }), { keep: 1 });
    const task = only(await run.start(), 'RunTask');
    const r = await run.send({ type: 'TaskFailed', awaitId: task.awaitId, error: 'E' });
    expect(r.snapshot.output).toEqual({ Error: 'E', Cause: '' });
  });

  it('catches only after the retries are spent', async () => {
    const def = machine({ Retry: [{ ErrorEquals: ['E'], MaxAttempts: 1 }], Catch: [{ ErrorEquals: ['E'], Next: 'Handler' }] });
    const run = Driver.execution(def, {});
    let task = only(await run.start(), 'RunTask');
    const timer = only(await fail(run, task.awaitId, 'E'), 'StartTimer');
    task = only(await run.send({ type: 'TimerFired', awaitId: timer.awaitId }, at(1)), 'RunTask');
    const r = await fail(run, task.awaitId, 'E', at(1));
    expect(r.snapshot).toMatchObject({ status: 'SUCCEEDED', output: { Error: 'E', Cause: 'cause of E' } });
  });

  it('does not let States.TaskFailed catch States.Timeout, but States.ALL does', async () => {
    const def = machine({
      Catch: [
        { ErrorEquals: ['States.TaskFailed'], Next: 'Handler', ResultPath: '$.by' },
        { ErrorEquals: ['States.ALL'], Next: 'Handler', ResultPath: '$.all' },
      ],
    });
    const run = Driver.execution(def, {});
    const task = only(await run.start(), 'RunTask');
    const r = await run.send({ type: 'TaskTimedOut', awaitId: task.awaitId });
    expect(r.snapshot.output).toEqual({ all: { Error: 'States.Timeout', Cause: '' } });
  });

  it('never retries or catches States.Runtime', async () => {
    const def = machine({
      ResultSelector: { 'v.$': '$.missing' },
      Retry: [{ ErrorEquals: ['States.ALL'] }],
      Catch: [{ ErrorEquals: ['States.ALL', 'States.Runtime'], Next: 'Handler' }],
    });
    const run = Driver.execution(def, {});
    const task = only(await run.start(), 'RunTask');
    const r = await run.send({ type: 'TaskSucceeded', awaitId: task.awaitId, output: {} });
    expect(r.commands).toEqual([]);
    expect(r.snapshot).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(r.snapshot.cause).toContain("The JSONPath '$.missing' specified for the field 'v.$' could not be found");
  });

  it('evaluates a JSONPath Catcher Assign against the error output', async () => {
    const def = machine({ Catch: [{ ErrorEquals: ['E'], Next: 'Handler', Assign: { 'why.$': '$.Cause' }, ResultPath: null }] });
    const run = Driver.execution(def, { keep: 1 });
    const task = only(await run.start(), 'RunTask');
    const r = await fail(run, task.awaitId, 'E');
    expect(r.snapshot.output).toEqual({ keep: 1 });
    expect(r.snapshot.variables).toEqual({ why: 'cause of E' });
  });

  it('fails the run when the Catcher ResultPath cannot be applied', async () => {
    const run = Driver.execution(machine({ Catch: [{ ErrorEquals: ['E'], Next: 'Handler', ResultPath: '$.a.b' }] }), { a: 1 });
    const task = only(await run.start(), 'RunTask');
    const r = await fail(run, task.awaitId, 'E');
    expect(r.snapshot).toMatchObject({ status: 'FAILED', error: 'States.ResultPathMatchFailure' });
  });

  it('shapes a JSONata Catcher Output and Assign from $states.errorOutput', async () => {
    const def = machine(
      { Catch: [{ ErrorEquals: ['E'], Next: 'Handler', Output: { caught: '{% $states.errorOutput.Error %}', was: '{% $states.input %}' }, Assign: { last: '{% $states.errorOutput.Cause %}' } }] },
      { QueryLanguage: 'JSONata' },
    );
    const run = Driver.execution(def, { x: 1 });
    const task = only(await run.start(), 'RunTask');
    const r = await fail(run, task.awaitId, 'E');
    expect(r.snapshot.output).toEqual({ caught: 'E', was: { x: 1 } });
    expect(r.snapshot.variables).toEqual({ last: 'cause of E' });
    expect(run.last('TaskStateExited').details).toMatchObject({ assignedVariables: { last: 'cause of E' } });
  });
});
