import type { StateMachineDefinition } from '../definition/state-machine.definition';
import type { Json } from '../json';
import { Driver, childFailed, childSucceeded, eventTypes, startChildren } from '../runtime/test-step-context';

const processor = { StartAt: 'Item', States: { Item: { Type: 'Pass', End: true } } };
const distributed = { ...processor, ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' } };

const machine = (map: Record<string, unknown>): StateMachineDefinition =>
  ({
    StartAt: 'M',
    States: { M: { Type: 'Map', ItemProcessor: processor, End: true, ...map }, Handler: { Type: 'Pass', End: true } },
  }) as StateMachineDefinition;

const EXCEEDED = { error: 'States.ExceedToleratedFailureThreshold', cause: 'The specified tolerated failure threshold was exceeded' };

describe('mapState tolerated failures', () => {
  it('tolerates up to ToleratedFailureCount failures, then fails with States.ExceedToleratedFailureThreshold', async () => {
    const run = Driver.execution(machine({ ToleratedFailureCount: 1 }), [1, 2, 3]);
    const started = startChildren(await run.start());
    let r = await run.send(childFailed(started[0], 'E'));
    expect(eventTypes(r)).toEqual(['MapIterationFailed']);
    expect(r.commands).toEqual([]);
    expect(r.snapshot.status).toBe('RUNNING');
    r = await run.send(childFailed(started[2], 'E'));
    expect(r.commands).toEqual([{ kind: 'StopChildren', awaitId: started[0].awaitId, indexes: [1] }]);
    expect(eventTypes(r)).toEqual(['MapIterationFailed', 'MapStateFailed', 'ExecutionFailed']);
    expect(r.snapshot).toMatchObject({ status: 'FAILED', ...EXCEEDED });
  });

  it('succeeds when the failures stay within the tolerance', async () => {
    const run = Driver.execution(machine({ ToleratedFailureCount: 1 }), ['a', 'b', 'c']);
    const started = startChildren(await run.start());
    await run.send(childSucceeded(started[0], 'A'));
    await run.send(childFailed(started[1], 'E'));
    const r = await run.send(childSucceeded(started[2], 'C'));
    expect(eventTypes(r)).toEqual(['MapIterationSucceeded', 'MapStateSucceeded', 'MapStateExited', 'ExecutionSucceeded']);
    const output = r.snapshot.output as Json[];
    expect([output.length, output[0], output[2]]).toEqual([3, 'A', 'C']);
  });

  it('tolerates failures up to ToleratedFailurePercentage of the items', async () => {
    const run = Driver.execution(machine({ ToleratedFailurePercentage: 50 }), [1, 2, 3, 4]);
    const started = startChildren(await run.start());
    await run.send(childFailed(started[0], 'E'));
    expect((await run.send(childFailed(started[1], 'E'))).snapshot.status).toBe('RUNNING');
    expect((await run.send(childFailed(started[2], 'E'))).snapshot).toMatchObject({ status: 'FAILED', ...EXCEEDED });
  });

  it('starts no further iteration once an iteration fails under MaxConcurrency (none running: nothing to stop)', async () => {
    const run = Driver.execution(machine({ MaxConcurrency: 1 }), [1, 2, 3]);
    const [first] = startChildren(await run.start());
    const r = await run.send(childFailed(first, 'Item.Error', 'why'));
    expect(r.commands).toEqual([]);
    expect(r.snapshot).toMatchObject({ error: 'Item.Error', cause: 'why' });
  });

  it('tolerates no failure by default in a DISTRIBUTED Map', async () => {
    const run = Driver.execution(machine({ ItemProcessor: distributed }), [1, 2]);
    const started = startChildren(await run.start());
    const r = await run.send(childFailed(started[0], 'Item.Error'));
    expect(r.snapshot).toMatchObject({ status: 'FAILED', ...EXCEEDED });
  });

  it('lets a Catcher handle States.ExceedToleratedFailureThreshold', async () => {
    const run = Driver.execution(machine({ ToleratedFailureCount: 0, Catch: [{ ErrorEquals: ['States.ExceedToleratedFailureThreshold'], Next: 'Handler' }] }), [1]);
    const [child] = startChildren(await run.start());
    const r = await run.send(childFailed(child, 'E'));
    expect(r.snapshot).toMatchObject({ status: 'SUCCEEDED', output: { Error: EXCEEDED.error, Cause: EXCEEDED.cause } });
  });

  it('reads ToleratedFailureCountPath from a variable holding a numeric string', async () => {
    const def = {
      StartAt: 'Set',
      States: {
        Set: { Type: 'Pass', Assign: { count: '1' }, Next: 'M' },
        M: { Type: 'Map', ItemProcessor: processor, ToleratedFailureCountPath: '$count', End: true },
      },
    } as StateMachineDefinition;
    const run = Driver.execution(def, [1, 2]);
    const started = startChildren(await run.start());
    expect((await run.send(childFailed(started[0], 'E'))).snapshot.status).toBe('RUNNING');
  });

  it.each<[string, Record<string, unknown>, Json, string]>([
    ['a negative count', { ToleratedFailureCountPath: '$.t' }, -1, 'ToleratedFailureCount cannot be negative.'],
    ['a count that is not a number', { ToleratedFailureCountPath: '$.t' }, 'NoNumber', 'The ToleratedFailureCountPath field refers to value "NoNumber" which is not a valid integer: $.t'],
    ['a percentage over 100', { ToleratedFailurePercentagePath: '$.t' }, 100.1, 'ToleratedFailurePercentage must be between 0 and 100.'],
    ['a percentage that is an object', { ToleratedFailurePercentagePath: '$.t' }, {}, 'The ToleratedFailurePercentagePath field refers to value "{}" which is not a valid float: $.t'],
  ])('fails with States.Runtime for %s', async (_what, fields, value, cause) => {
    const r = await Driver.execution(machine({ ItemsPath: '$.items', ...fields }), { items: [0], t: value }).start();
    expect(r.commands).toEqual([]);
    expect(r.snapshot).toMatchObject({
      status: 'FAILED',
      error: 'States.Runtime',
      cause: `An error occurred while executing the state 'M' (entered at the event id #2). ${cause}`,
    });
  });
});
