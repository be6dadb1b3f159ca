import type { StateMachineDefinition } from '../definition/state-machine.definition';
import { Driver, childFailed, childSucceeded, eventTypes, only, startChildren } from './test-step-context';

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

  describe('of a Map or Parallel', () => {
    const echo = { StartAt: 'Work', States: { Work: { Type: 'Pass', End: true } } };
    const mapMachine = (maxConcurrency = 0) =>
      ({ StartAt: 'Each', States: { Each: { Type: 'Map', MaxConcurrency: maxConcurrency, ItemProcessor: echo, End: true } } }) as StateMachineDefinition;
    const parallelMachine = { StartAt: 'Both', States: { Both: { Type: 'Parallel', Branches: [echo, echo, echo], End: true } } } as StateMachineDefinition;

    it('runs again only the iterations that failed or were stopped, keeping the results of those that succeeded', async () => {
      const run = Driver.execution(mapMachine(), ['a', 'b', 'c', 'd']);
      const first = startChildren(await run.start());
      await run.send(childSucceeded(first[0], 'A'));
      const failed = await run.send(childFailed(first[1], 'Item.Error'));
      expect(only(failed, 'StopChildren').indexes).toEqual([2, 3]);
      expect(failed.snapshot.redriveFrom?.fanOut).toMatchObject({ total: 4, nextIndex: 4, redo: [1, 2, 3] });

      const redriven = await run.send({ type: 'Redrive' });
      expect(eventTypes(redriven)).toEqual([
        'ExecutionRedriven', 'MapStateEntered', 'MapStateStarted', 'MapIterationStarted', 'MapIterationStarted', 'MapIterationStarted',
      ]);
      const again = startChildren(redriven);
      expect(again.map((c) => [c.index, c.child.input])).toEqual([[1, 'b'], [2, 'c'], [3, 'd']]);
      expect(again[0].awaitId).not.toBe(first[0].awaitId);
      for (const c of again) await run.send(childSucceeded(c, String(c.child.input).toUpperCase()));
      expect(run.snapshot).toMatchObject({ status: 'SUCCEEDED', output: ['A', 'B', 'C', 'D'] });
    });

    it('starts the re-run iterations before the ones never started, within MaxConcurrency', async () => {
      const run = Driver.execution(mapMachine(1), ['a', 'b', 'c']);
      const [a] = startChildren(await run.start());
      const [b] = startChildren(await run.send(childSucceeded(a, 'A')));
      await run.send(childFailed(b, 'Item.Error'));
      const [retried] = startChildren(await run.send({ type: 'Redrive' }));
      expect(retried.index).toBe(1);
      const [c] = startChildren(await run.send(childSucceeded(retried, 'B')));
      expect(c.index).toBe(2);
      await run.send(childSucceeded(c, 'C'));
      expect(run.snapshot).toMatchObject({ status: 'SUCCEEDED', output: ['A', 'B', 'C'] });
    });

    it('runs again only the branches that failed or were stopped, after a failure or a Stop', async () => {
      const run = Driver.execution(parallelMachine, 'in');
      const first = startChildren(await run.start());
      await run.send(childSucceeded(first[0], 'zero'));
      await run.send({ type: 'Stop' });
      const afterStop = startChildren(await run.send({ type: 'Redrive' }));
      expect(afterStop.map((c) => c.index)).toEqual([1, 2]);
      await run.send(childSucceeded(afterStop[0], 'one'));
      await run.send(childFailed(afterStop[1], 'Branch.Error'));
      expect(run.snapshot.status).toBe('FAILED');

      const [last] = startChildren(await run.send({ type: 'Redrive' }));
      expect(last.index).toBe(2);
      await run.send(childSucceeded(last, 'two'));
      expect(run.snapshot).toMatchObject({ status: 'SUCCEEDED', output: ['zero', 'one', 'two'] });
    });
  });
});
