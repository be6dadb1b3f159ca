import type { StateMachineDefinition } from '../definition/state-machine.definition';
import { Driver, childSucceeded, startChildren } from '../runtime/test-step-context';

const machine = (map: Record<string, unknown>): StateMachineDefinition =>
  ({
    StartAt: 'M',
    States: { M: { Type: 'Map', ItemProcessor: { StartAt: 'B', States: { B: { Type: 'Pass', End: true } } }, End: true, ...map } },
  }) as StateMachineDefinition;

describe('mapState ItemBatcher', () => {
  it('groups items into batches of MaxItemsPerBatch, each with the BatchInput', async () => {
    const def = machine({ ItemsPath: '$.items', ItemBatcher: { MaxItemsPerBatch: 2, BatchInput: { 'job.$': '$.job' } } });
    const run = Driver.execution(def, { items: [1, 2, 3, 4, 5], job: 'j' });
    const r = await run.start();
    expect(r.events[2].details).toEqual({ length: 3 });
    const started = startChildren(r);
    expect(started.map((c) => c.child.input)).toEqual([
      { BatchInput: { job: 'j' }, Items: [1, 2] },
      { BatchInput: { job: 'j' }, Items: [3, 4] },
      { BatchInput: { job: 'j' }, Items: [5] },
    ]);
    expect(started[2].child.mapItem).toEqual({ Index: 2, Value: { BatchInput: { job: 'j' }, Items: [5] } });
    for (const c of started) await run.send(childSucceeded(c, c.index));
    expect(run.snapshot.output).toEqual([0, 1, 2]);
  });

  it('applies ItemSelector to every item before batching', async () => {
    const def = machine({ ItemSelector: { 'v.$': '$$.Map.Item.Value', 'i.$': '$$.Map.Item.Index' }, ItemBatcher: { MaxItemsPerBatch: 3 } });
    const [batch] = startChildren(await Driver.execution(def, ['a', 'b']).start());
    expect(batch.child.input).toEqual({ Items: [{ v: 'a', i: 0 }, { v: 'b', i: 1 }] });
  });

  it('closes a batch before it would pass MaxInputBytesPerBatch', async () => {
    const def = machine({ ItemBatcher: { MaxInputBytesPerBatch: 12 } });
    const started = startChildren(await Driver.execution(def, ['aaaa', 'bbbb', 'cccc']).start());
    expect(started.map((c) => c.child.input)).toEqual([{ Items: ['aaaa', 'bbbb'] }, { Items: ['cccc'] }]);
  });

  it('reads MaxItemsPerBatchPath from the input', async () => {
    const def = machine({ ItemsPath: '$.items', ItemBatcher: { MaxItemsPerBatchPath: '$.size' } });
    const started = startChildren(await Driver.execution(def, { items: [1, 2, 3], size: 1 }).start());
    expect(started).toHaveLength(3);
  });
});
