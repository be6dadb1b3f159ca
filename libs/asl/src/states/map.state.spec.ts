import type { StateMachineDefinition } from '../definition/state-machine.definition';
import { Driver, childSucceeded as succeeded, eventTypes, runChild, startChildren as starts } from '../runtime/test-step-context';

const processor = { StartAt: 'Item', States: { Item: { Type: 'Pass', End: true } } };

const mapMachine = (map: Record<string, unknown> = {}, rest: Record<string, unknown> = {}): StateMachineDefinition =>
  ({
    StartAt: 'M',
    States: { M: { Type: 'Map', ItemProcessor: processor, End: true, ...map }, Handler: { Type: 'Pass', End: true } },
    ...rest,
  }) as StateMachineDefinition;

describe('mapState', () => {
  it('fails with States.ItemReaderFailed when an ItemReader names a store it cannot read', async () => {
    const def = mapMachine({ ItemReader: { Resource: 'arn:aws:states:::s3:getObject', Parameters: { Bucket: 'b', Key: 'k' } } });
    const r = await Driver.execution(def, []).start();
    expect(r.snapshot).toMatchObject({ status: 'FAILED', error: 'States.ItemReaderFailed' });
    expect(r.snapshot.cause).toContain('arn:aws:states:::s3:getObject');
  });

  it('starts one iteration per item and outputs their results in item order', async () => {
    const run = Driver.execution(mapMachine({ ItemsPath: '$.items' }), { items: ['a', 'b', 'c'] });
    const r = await run.start();
    expect(eventTypes(r)).toEqual(['ExecutionStarted', 'MapStateEntered', 'MapStateStarted', 'MapIterationStarted', 'MapIterationStarted', 'MapIterationStarted']);
    expect(r.events[2].details).toEqual({ length: 3 });
    const started = starts(r);
    expect(started.map((c) => [c.index, c.child.input, c.child.mapItem, c.child.machine, c.child.lastEventId])).toEqual([
      [0, 'a', { Index: 0, Value: 'a' }, ['M'], 4],
      [1, 'b', { Index: 1, Value: 'b' }, ['M'], 5],
      [2, 'c', { Index: 2, Value: 'c' }, ['M'], 6],
    ]);
    await run.send(succeeded(started[2], 'C'));
    await run.send(succeeded(started[0], 'A'));
    const last = await run.send(succeeded(started[1], 'B'));
    expect(eventTypes(last)).toEqual(['MapIterationSucceeded', 'MapStateSucceeded', 'MapStateExited', 'ExecutionSucceeded']);
    expect(last.events[0].details).toEqual({ name: 'M', index: 1 });
    expect(last.snapshot.output).toEqual(['A', 'B', 'C']);
  });

  it('shapes each item with ItemSelector, reading $$.Map.Item and the effective input', async () => {
    const def = mapMachine({
      InputPath: '$.in',
      ItemsPath: '$.list',
      ItemSelector: { 'index.$': '$$.Map.Item.Index', 'value.$': '$$.Map.Item.Value', 'shared.$': '$.shared' },
    });
    const started = starts(await Driver.execution(def, { in: { list: [10, 20], shared: 's' } }).start());
    expect(started.map((c) => c.child.input)).toEqual([
      { index: 0, value: 10, shared: 's' },
      { index: 1, value: 20, shared: 's' },
    ]);
  });

  it('shows $$.Map.Item to the states of an iteration', async () => {
    const def = mapMachine({ ItemProcessor: { StartAt: 'Item', States: { Item: { Type: 'Pass', Parameters: { 'item.$': '$$.Map.Item' }, End: true } } } });
    const run = Driver.execution(def, ['x']);
    const done = await runChild(run, starts(await run.start())[0]);
    expect(done.output).toEqual({ item: { Index: 0, Value: 'x' } });
  });

  it('keeps at most MaxConcurrency iterations running, starting the next as one completes', async () => {
    const run = Driver.execution(mapMachine({ MaxConcurrency: 2 }), [0, 1, 2, 3, 4]);
    let r = await run.start();
    let started = starts(r);
    expect(started.map((c) => c.index)).toEqual([0, 1]);
    expect(eventTypes(r).filter((t) => t === 'MapIterationStarted')).toHaveLength(2);

    r = await run.send(succeeded(started[1], 1));
    const third = starts(r);
    expect(third.map((c) => c.index)).toEqual([2]);
    expect(eventTypes(r)).toEqual(['MapIterationSucceeded', 'MapIterationStarted']);

    r = await run.send(succeeded(started[0], 0));
    started = [...third, ...starts(r)];
    expect(started.map((c) => c.index)).toEqual([2, 3]);
    r = await run.send(succeeded(started[0], 2));
    const fifth = starts(r);
    expect(fifth.map((c) => c.index)).toEqual([4]);
    await run.send(succeeded(started[1], 3));
    r = await run.send(succeeded(fifth[0], 4));
    expect(r.snapshot.output).toEqual([0, 1, 2, 3, 4]);
  });

  it('reads MaxConcurrencyPath from the input', async () => {
    expect(starts(await Driver.execution(mapMachine({ ItemsPath: '$.i', MaxConcurrencyPath: '$.n' }), { i: [1, 2, 3], n: 1 }).start())).toHaveLength(1);
  });

  it('succeeds at once with [] for no items', async () => {
    const r = await Driver.execution(mapMachine(), []).start();
    expect(r.commands).toEqual([]);
    expect(eventTypes(r)).toEqual(['ExecutionStarted', 'MapStateEntered', 'MapStateStarted', 'MapStateSucceeded', 'MapStateExited', 'ExecutionSucceeded']);
    expect(r.snapshot.output).toEqual([]);
  });

  it('fails with States.Runtime when the items are not an array', async () => {
    const r = await Driver.execution(mapMachine({ ItemsPath: '$.items' }), { items: { a: 1 } }).start();
    expect(r.snapshot).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(r.snapshot.cause).toContain('Map state input must be an array');
  });

  it('shapes the results with ResultSelector, ResultPath and OutputPath', async () => {
    const def = mapMachine({ ItemsPath: '$.items', ResultSelector: { 'n.$': 'States.ArrayLength($)' }, ResultPath: '$.out', OutputPath: '$.out' });
    const run = Driver.execution(def, { items: [1, 2] });
    for (const c of starts(await run.start())) await run.send(succeeded(c, c.index));
    expect(run.snapshot.output).toEqual({ n: 2 });
  });

  it("fails with an iteration's error, stopping the others", async () => {
    const run = Driver.execution(mapMachine(), [1, 2, 3]);
    const started = starts(await run.start());
    const r = await run.send({ type: 'ChildCompleted', awaitId: started[1].awaitId, index: 1, status: 'FAILED', error: 'Item.Error', cause: 'bad' });
    expect(r.commands).toEqual([{ kind: 'StopChildren', awaitId: started[1].awaitId, indexes: [0, 2] }]);
    expect(eventTypes(r)).toEqual(['MapIterationFailed', 'MapStateFailed', 'ExecutionFailed']);
    expect(r.snapshot).toMatchObject({ status: 'FAILED', error: 'Item.Error', cause: 'bad' });
    expect((await run.send(succeeded(started[0], 1))).events).toEqual([]);
  });

  it('ends ABORTED on Stop, stopping its iterations', async () => {
    const run = Driver.execution(mapMachine(), [1]);
    const [child] = starts(await run.start());
    const r = await run.send({ type: 'Stop', error: 'E', cause: 'C' });
    expect(r.commands).toEqual([{ kind: 'StopChildren', awaitId: child.awaitId, indexes: [0] }]);
    expect(eventTypes(r)).toEqual(['MapStateAborted', 'ExecutionAborted']);
    expect(r.events[1].details).toEqual({ error: 'E', cause: 'C' });
  });

  it('lets iterations read outer variables while keeping their assignments inside', async () => {
    const def = {
      StartAt: 'Set',
      States: {
        Set: { Type: 'Pass', Assign: { factor: 10 }, Next: 'M' },
        M: {
          Type: 'Map',
          Next: 'After',
          ItemProcessor: {
            StartAt: 'A',
            States: {
              A: { Type: 'Pass', Assign: { mine: 'inner' }, Next: 'B' },
              B: { Type: 'Pass', Parameters: { 'f.$': '$factor', 'mine.$': '$mine' }, End: true },
            },
          },
        },
        After: { Type: 'Pass', Parameters: { 'vars.$': 'States.JsonToString($factor)' }, End: true },
      },
    } as StateMachineDefinition;
    const run = Driver.execution(def, [1]);
    const [child] = starts(await run.start());
    expect(child.child.outerVariables).toEqual({ factor: 10 });
    const done = await runChild(run, child);
    expect(done.output).toEqual({ f: 10, mine: 'inner' });
    const r = await run.send(done);
    expect(r.snapshot.output).toEqual({ vars: '10' });
    expect(r.snapshot.variables).toEqual({ factor: 10 });
  });

  it('gives a DISTRIBUTED iteration no outer variables', async () => {
    const def = mapMachine({ ItemProcessor: { ...processor, ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' } } });
    const run = Driver.execution({ ...def, StartAt: 'Set', States: { ...def.States, Set: { Type: 'Pass', Assign: { v: 1 }, Next: 'M' } } } as StateMachineDefinition, [1]);
    expect(starts(await run.start())[0].child.outerVariables).toBeUndefined();
  });

  describe('JSONata', () => {
    it('iterates Items, shapes them with ItemSelector over $states.context.Map.Item, and Output over $states.result', async () => {
      const def = mapMachine(
        {
          Items: '{% $states.input.list %}',
          ItemSelector: { i: '{% $states.context.Map.Item.Index %}', v: '{% $states.context.Map.Item.Value * 2 %}' },
          Output: '{% $sum($states.result.v) %}',
        },
        { QueryLanguage: 'JSONata' },
      );
      const run = Driver.execution(def, { list: [1, 2] });
      const started = starts(await run.start());
      expect(started.map((c) => c.child.input)).toEqual([{ i: 0, v: 2 }, { i: 1, v: 4 }]);
      for (const c of started) await run.send(succeeded(c, c.child.input));
      expect(run.snapshot.output).toBe(6);
    });

    it('fails with States.QueryEvaluationError when Items is not an array', async () => {
      const r = await Driver.execution(mapMachine({ Items: '{% "nope" %}' }, { QueryLanguage: 'JSONata' }), {}).start();
      expect(r.snapshot).toMatchObject({ status: 'FAILED', error: 'States.QueryEvaluationError' });
    });
  });
});
