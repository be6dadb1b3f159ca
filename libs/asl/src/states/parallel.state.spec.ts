import type { StateMachineDefinition } from '../definition/state-machine.definition';
import { Driver, at, childSucceeded, eventTypes, only, runChild, startChildren as children } from '../runtime/test-step-context';

const branch = (result: string) => ({ StartAt: 'B', States: { B: { Type: 'Pass', Parameters: { branch: result, 'in.$': '$' }, End: true } } });

const machine = (parallel: Record<string, unknown> = {}, rest: Record<string, unknown> = {}): StateMachineDefinition =>
  ({
    StartAt: 'P',
    States: {
      P: { Type: 'Parallel', Branches: [branch('zero'), branch('one')], End: true, ...parallel },
      Handler: { Type: 'Pass', End: true },
    },
    ...rest,
  }) as StateMachineDefinition;

describe('parallelState', () => {
  it('starts one child per branch on the same input, then outputs their results in branch order', async () => {
    const run = Driver.execution(machine(), { x: 1 });
    const r = await run.start();
    expect(eventTypes(r)).toEqual(['ExecutionStarted', 'ParallelStateEntered', 'ParallelStateStarted']);
    const started = children(r);
    expect(started).toHaveLength(2);
    expect(started.map((c) => [c.awaitId, c.index, c.child.machine, c.child.input, c.child.lastEventId])).toEqual([
      [1, 0, ['P', 0], { x: 1 }, 3],
      [1, 1, ['P', 1], { x: 1 }, 3],
    ]);

    const second = await runChild(run, started[1]);
    const first = await runChild(run, started[0]);
    let step = await run.send(second);
    expect(step.events).toEqual([]);
    expect(step.snapshot.status).toBe('RUNNING');
    step = await run.send(first, at(1));
    expect(eventTypes(step)).toEqual(['ParallelStateSucceeded', 'ParallelStateExited', 'ExecutionSucceeded']);
    expect(step.snapshot.output).toEqual([
      { branch: 'zero', in: { x: 1 } },
      { branch: 'one', in: { x: 1 } },
    ]);
  });

  it('gives branches its Parameters, and shapes the results with ResultSelector, ResultPath and OutputPath', async () => {
    const def = machine({
      Parameters: { 'v.$': '$.v' },
      ResultSelector: { 'first.$': '$[0].branch' },
      ResultPath: '$.out',
      OutputPath: '$.out.first',
    });
    const run = Driver.execution(def, { v: 5 });
    const started = children(await run.start());
    expect(started.map((c) => c.child.input)).toEqual([{ v: 5 }, { v: 5 }]);
    for (const c of started) await run.send(await runChild(run, c));
    expect(run.snapshot.output).toBe('zero');
  });

  it("fails with the failing branch's error, stopping the other branches", async () => {
    const run = Driver.execution(machine(), {});
    const started = children(await run.start());
    const r = await run.send({ type: 'ChildCompleted', awaitId: 1, index: 1, status: 'FAILED', error: 'Branch.Error', cause: 'inner' });
    expect(r.commands).toEqual([{ kind: 'StopChildren', awaitId: 1, indexes: [0] }]);
    expect(eventTypes(r)).toEqual(['ParallelStateFailed', 'ExecutionFailed']);
    expect(r.snapshot).toMatchObject({ status: 'FAILED', error: 'Branch.Error', cause: 'inner' });
    const late = await run.send(await runChild(run, started[0]));
    expect(late.events).toEqual([]);
  });

  it("catches a branch's error and moves to the Catcher Next", async () => {
    const run = Driver.execution(machine({ Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Handler', ResultPath: '$.err' }] }), { keep: true });
    await run.start();
    const r = await run.send({ type: 'ChildCompleted', awaitId: 1, index: 0, status: 'FAILED', error: 'E', cause: 'c' });
    expect(r.snapshot.output).toEqual({ keep: true, err: { Error: 'E', Cause: 'c' } });
  });

  it('restarts every branch when retried, under a new awaitId', async () => {
    const run = Driver.execution(machine({ Retry: [{ ErrorEquals: ['E'], IntervalSeconds: 3 }] }), {});
    await run.start();
    const r = await run.send({ type: 'ChildCompleted', awaitId: 1, index: 0, status: 'FAILED', error: 'E' });
    const timer = only(r, 'StartTimer');
    expect(r.commands[0]).toEqual({ kind: 'StopChildren', awaitId: 1, indexes: [1] });
    expect(timer.dueAt).toBe(at(3));
    const again = await run.send({ type: 'TimerFired', awaitId: timer.awaitId }, at(3));
    expect(eventTypes(again)).toEqual(['ParallelStateStarted']);
    expect(children(again).map((c) => [c.awaitId, c.index])).toEqual([[3, 0], [3, 1]]);
  });

  it('runs every branch again when retried, those that had succeeded too (only a redrive keeps them)', async () => {
    const run = Driver.execution(machine({ Retry: [{ ErrorEquals: ['E'], IntervalSeconds: 1 }] }), {});
    const started = children(await run.start());
    await run.send(childSucceeded(started[0], 'done'));
    const timer = only(await run.send({ type: 'ChildCompleted', awaitId: 1, index: 1, status: 'FAILED', error: 'E' }), 'StartTimer');
    const again = await run.send({ type: 'TimerFired', awaitId: timer.awaitId }, at(1));
    expect(children(again).map((c) => c.index)).toEqual([0, 1]);
  });

  it('ignores a ChildCompleted for an earlier fan-out', async () => {
    const run = Driver.execution(machine({ Retry: [{ ErrorEquals: ['E'] }] }), {});
    await run.start();
    const timer = only(await run.send({ type: 'ChildCompleted', awaitId: 1, index: 0, status: 'FAILED', error: 'E' }), 'StartTimer');
    await run.send({ type: 'TimerFired', awaitId: timer.awaitId }, at(1));
    const stale = await run.send({ type: 'ChildCompleted', awaitId: 1, index: 1, status: 'SUCCEEDED', output: 'old' });
    expect(stale.events).toEqual([]);
    expect(run.snapshot.state?.fanOut).toMatchObject({ succeeded: 0, active: [0, 1] });
  });

  it('ends ABORTED on Stop and TIMED_OUT on ExecutionTimedOut, stopping its children', async () => {
    const stopped = Driver.execution(machine(), {});
    await stopped.start();
    let r = await stopped.send({ type: 'Stop' });
    expect(r.commands).toEqual([{ kind: 'StopChildren', awaitId: 1, indexes: [0, 1] }]);
    expect(eventTypes(r)).toEqual(['ParallelStateAborted', 'ExecutionAborted']);
    expect(r.snapshot.status).toBe('ABORTED');

    const timedOut = Driver.execution(machine(), {});
    await timedOut.start();
    r = await timedOut.send({ type: 'ExecutionTimedOut' });
    expect(r.commands).toEqual([{ kind: 'StopChildren', awaitId: 1, indexes: [0, 1] }]);
    expect(r.snapshot.status).toBe('TIMED_OUT');
  });

  it('lets branches read outer variables while keeping their assignments inside', async () => {
    const def = {
      StartAt: 'Set',
      States: {
        Set: { Type: 'Pass', Assign: { x: 'outer' }, Next: 'P' },
        P: {
          Type: 'Parallel',
          Next: 'After',
          Branches: [
            {
              StartAt: 'Read',
              States: {
                Read: { Type: 'Pass', Assign: { y: 'inner' }, Next: 'Show' },
                Show: { Type: 'Pass', Parameters: { 'x.$': '$x', 'y.$': '$y' }, End: true },
              },
            },
          ],
        },
        After: { Type: 'Pass', Parameters: { 'x.$': '$x', 'branch.$': '$[0]' }, End: true },
      },
    } as StateMachineDefinition;
    const run = Driver.execution(def, {});
    const start = only(await run.start(), 'StartChild');
    expect(start.child.outerVariables).toEqual({ x: 'outer' });
    const done = await runChild(run, start);
    expect(done.output).toEqual({ x: 'outer', y: 'inner' });
    const r = await run.send(done);
    expect(r.snapshot.output).toEqual({ x: 'outer', branch: { x: 'outer', y: 'inner' } });
    expect(r.snapshot.variables).toEqual({ x: 'outer' });
  });

  it('uses JSONata Arguments for the branch input and Output over $states.result', async () => {
    const def = machine({ Arguments: { n: '{% $states.input.n + 1 %}' }, Output: { count: '{% $count($states.result) %}' } }, { QueryLanguage: 'JSONata' });
    const run = Driver.execution(def, { n: 1 });
    const started = children(await run.start());
    expect(started.map((c) => c.child.input)).toEqual([{ n: 2 }, { n: 2 }]);
    for (const c of started) await run.send(childSucceeded(c, 'r'));
    expect(run.snapshot.output).toEqual({ count: 2 });
  });
});
