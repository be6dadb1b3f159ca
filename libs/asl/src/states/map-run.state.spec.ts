import type { StateMachineDefinition } from '../definition/state-machine.definition';
import type { StepEvent } from '../runtime/step-event';
import { Driver, childFailed, childSucceeded, eventTypes, startChildren } from '../runtime/test-step-context';

const distributed = { StartAt: 'Item', States: { Item: { Type: 'Pass', End: true } }, ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' } };

const machine = (map: Record<string, unknown> = {}): StateMachineDefinition =>
  ({ StartAt: 'M', States: { M: { Type: 'Map', ItemProcessor: distributed, End: true, ...map } } }) as StateMachineDefinition;

const MAP_RUN_ARN = /^arn:aws:states:us-east-1:123456789012:mapRun:Machine\/run-1:[0-9a-f-]{36}$/;

function update(run: Driver, changes: Omit<Extract<StepEvent, { type: 'UpdateMapRun' }>, 'type' | 'awaitId'>): StepEvent {
  const awaiting = run.snapshot.state?.awaiting;
  if (!awaiting) throw new Error('The Map waits on nothing');
  return { type: 'UpdateMapRun', awaitId: awaiting.id, ...changes };
}

describe('mapState Map Run (DISTRIBUTED)', () => {
  it('starts a Map Run after MapStateStarted and ends it, with its summary, before MapStateSucceeded', async () => {
    const run = Driver.execution(machine({ MaxConcurrency: 5 }), ['a', 'b']);
    const started = startChildren(await run.start());
    expect(run.types).toEqual(['ExecutionStarted', 'MapStateEntered', 'MapStateStarted', 'MapRunStarted', 'MapIterationStarted', 'MapIterationStarted']);
    const arn = run.last('MapRunStarted').details?.mapRunArn as string;
    expect(arn).toMatch(MAP_RUN_ARN);
    await run.send(childSucceeded(started[0], 'A'));
    const r = await run.send(childSucceeded(started[1], 'B'));
    expect(eventTypes(r)).toEqual(['MapIterationSucceeded', 'MapRunSucceeded', 'MapStateSucceeded', 'MapStateExited', 'ExecutionSucceeded']);
    expect(run.last('MapRunSucceeded').details).toEqual({
      mapRunArn: arn,
      maxConcurrency: 5,
      toleratedFailureCount: 0,
      toleratedFailurePercentage: 0,
      total: 2,
      started: 2,
      running: 0,
      succeeded: 2,
      failed: 0,
    });
  });

  it('writes no Map Run for an INLINE Map', async () => {
    const inline = { StartAt: 'Item', States: { Item: { Type: 'Pass', End: true } } };
    const run = Driver.execution(machine({ ItemProcessor: inline }), ['a']);
    const [child] = startChildren(await run.start());
    await run.send(childSucceeded(child, 'A'));
    expect(run.types.filter((type) => type.startsWith('MapRun'))).toEqual([]);
  });

  it('fails the Map Run with the error that fails the Map', async () => {
    const run = Driver.execution(machine(), [1, 2]);
    const started = startChildren(await run.start());
    const r = await run.send(childFailed(started[0], 'Item.Error'));
    expect(eventTypes(r)).toEqual(['MapIterationFailed', 'MapRunFailed', 'MapStateFailed', 'ExecutionFailed']);
    expect(run.last('MapRunFailed').details).toMatchObject({ error: 'States.ExceedToleratedFailureThreshold', started: 2, running: 1, failed: 1 });
  });

  it('aborts the Map Run when the execution is stopped', async () => {
    const run = Driver.execution(machine(), [1, 2]);
    await run.start();
    const r = await run.send({ type: 'Stop' });
    expect(eventTypes(r)).toEqual(['MapRunAborted', 'MapStateAborted', 'ExecutionAborted']);
    expect(run.last('MapRunAborted').details).toMatchObject({ running: 2, succeeded: 0 });
  });

  it('widens the window on UpdateMapRun: more items start at once', async () => {
    const run = Driver.execution(machine({ MaxConcurrency: 1 }), [1, 2, 3, 4]);
    expect(startChildren(await run.start()).map((c) => c.index)).toEqual([0]);
    const r = await run.send(update(run, { maxConcurrency: 3 }));
    expect(startChildren(r).map((c) => c.index)).toEqual([1, 2]);
    expect(run.snapshot.state?.fanOut?.mapRun?.maxConcurrency).toBe(3);
  });

  it('narrows the window on UpdateMapRun: no item starts until fewer run', async () => {
    const run = Driver.execution(machine({ MaxConcurrency: 2 }), [1, 2, 3]);
    const started = startChildren(await run.start());
    await run.send(update(run, { maxConcurrency: 1 }));
    expect(startChildren(await run.send(childSucceeded(started[0], 'A')))).toEqual([]);
    expect(startChildren(await run.send(childSucceeded(started[1], 'B'))).map((c) => c.index)).toEqual([2]);
  });

  it('lets UpdateMapRun raise the tolerated failures, so a failure no longer fails the Map', async () => {
    const run = Driver.execution(machine(), [1, 2]);
    const started = startChildren(await run.start());
    await run.send(update(run, { toleratedFailureCount: 1 }));
    await run.send(childFailed(started[0], 'E'));
    const r = await run.send(childSucceeded(started[1], 'B'));
    expect(r.snapshot.status).toBe('SUCCEEDED');
    expect(run.last('MapRunSucceeded').details).toMatchObject({ toleratedFailureCount: 1, failed: 1, succeeded: 1 });
  });

  it('fails the Map at once when UpdateMapRun lowers the tolerance below the failures so far', async () => {
    const run = Driver.execution(machine({ ToleratedFailurePercentage: 50 }), [1, 2, 3, 4]);
    const started = startChildren(await run.start());
    await run.send(childFailed(started[0], 'E'));
    const r = await run.send(update(run, { toleratedFailurePercentage: 10 }));
    expect(eventTypes(r)).toEqual(['MapRunFailed', 'MapStateFailed', 'ExecutionFailed']);
    expect(r.snapshot).toMatchObject({ status: 'FAILED', error: 'States.ExceedToleratedFailureThreshold' });
  });

  it('ignores an UpdateMapRun meant for an earlier wait', async () => {
    const run = Driver.execution(machine({ MaxConcurrency: 1 }), [1, 2]);
    await run.start();
    const r = await run.send({ type: 'UpdateMapRun', awaitId: 99, maxConcurrency: 5 });
    expect(r.commands).toEqual([]);
    expect(run.snapshot.state?.fanOut?.mapRun?.maxConcurrency).toBe(1);
  });
});
