import type { StateMachineDefinition } from '../definition/state-machine.definition';
import { newRun } from '../runtime/new-run';
import { Driver, eventTypes } from '../runtime/test-step-context';

const machine = (succeed: Record<string, unknown>, rest: Record<string, unknown> = {}): StateMachineDefinition =>
  ({ StartAt: 'S', States: { S: { Type: 'Succeed', ...succeed } }, ...rest }) as StateMachineDefinition;

describe('succeedState', () => {
  it('ends the execution successfully with its input', async () => {
    const r = await Driver.execution(machine({}), { a: 1 }).start();
    expect(r.commands).toEqual([]);
    expect(r.snapshot).toMatchObject({ status: 'SUCCEEDED', output: { a: 1 } });
    expect(r.snapshot.state).toBeUndefined();
    expect(eventTypes(r)).toEqual(['ExecutionStarted', 'SucceedStateEntered', 'SucceedStateExited', 'ExecutionSucceeded']);
    expect(r.events[3].details).toEqual({ output: { a: 1 }, outputDetails: { truncated: false } });
  });

  it('ends the execution even when reached from a state with Next', async () => {
    const def = { StartAt: 'P', States: { P: { Type: 'Pass', Result: 'r', Next: 'S' }, S: { Type: 'Succeed' } } } as StateMachineDefinition;
    const r = await Driver.execution(def, {}).start();
    expect(r.snapshot).toMatchObject({ status: 'SUCCEEDED', output: 'r' });
  });

  it('filters its output by InputPath then OutputPath', async () => {
    const r = await Driver.execution(machine({ InputPath: '$.a', OutputPath: '$.b' }), { a: { b: [1, 2] } }).start();
    expect(r.snapshot.output).toEqual([1, 2]);
  });

  it('fails with States.Runtime when OutputPath selects nothing', async () => {
    const r = await Driver.execution(machine({ OutputPath: '$.missing' }), {}).start();
    expect(r.snapshot).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
  });

  it('computes its output from a JSONata Output', async () => {
    const r = await Driver.execution(machine({ Output: { total: '{% $sum($states.input.n) %}' } }, { QueryLanguage: 'JSONata' }), { n: [1, 2, 3] }).start();
    expect(r.snapshot.output).toEqual({ total: 6 });
  });

  it('ends only its branch inside a Parallel: no execution event is written', async () => {
    const def = {
      StartAt: 'P',
      States: { P: { Type: 'Parallel', End: true, Branches: [{ StartAt: 'S', States: { S: { Type: 'Succeed' } } }] } },
    } as StateMachineDefinition;
    const branch = new Driver(def, newRun({ machine: ['P', 0], input: { b: 1 }, lastEventId: 3 }));
    const r = await branch.start();
    expect(eventTypes(r)).toEqual(['SucceedStateEntered', 'SucceedStateExited']);
    expect(r.events[0].previousEventId).toBe(3);
    expect(r.snapshot).toMatchObject({ status: 'SUCCEEDED', output: { b: 1 } });
  });
});
