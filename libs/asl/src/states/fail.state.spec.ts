import type { StateMachineDefinition } from '../definition/state-machine.definition';
import type { Json } from '../json';
import { newRun } from '../runtime/new-run';
import { Driver, eventTypes } from '../runtime/test-step-context';

const machine = (fail: Record<string, unknown>, rest: Record<string, unknown> = {}): StateMachineDefinition =>
  ({ StartAt: 'F', States: { F: { Type: 'Fail', ...fail } }, ...rest }) as StateMachineDefinition;

async function outcome(fail: Record<string, unknown>, input: Json = {}, rest?: Record<string, unknown>) {
  const r = await Driver.execution(machine(fail, rest), input).start();
  expect(r.snapshot.status).toBe('FAILED');
  return { error: r.snapshot.error, cause: r.snapshot.cause };
}

describe('failState', () => {
  it('fails the execution with Error and Cause, without an exited event', async () => {
    const r = await Driver.execution(machine({ Error: 'Custom.Error', Cause: 'because' }), {}).start();
    expect(r.commands).toEqual([]);
    expect(eventTypes(r)).toEqual(['ExecutionStarted', 'FailStateEntered', 'ExecutionFailed']);
    expect(r.events[2].details).toEqual({ error: 'Custom.Error', cause: 'because' });
    expect(r.snapshot).toMatchObject({ status: 'FAILED', error: 'Custom.Error', cause: 'because' });
  });

  it('fails with a null error and cause when it names neither', async () => {
    const r = await Driver.execution(machine({}), {}).start();
    expect(r.snapshot).toMatchObject({ error: null, cause: null });
    expect(r.events[2].details).toEqual({});
  });

  it('selects ErrorPath and CausePath from the input, the context object and variables', async () => {
    expect(await outcome({ ErrorPath: '$.Error', CausePath: '$.Cause' }, { Error: 'error string', Cause: 'cause string' })).toEqual({
      error: 'error string',
      cause: 'cause string',
    });
    expect(await outcome({ ErrorPath: '$$.State.Name', CausePath: '$$.Execution.Name' })).toEqual({ error: 'F', cause: 'run-1' });
    const def = {
      StartAt: 'P',
      States: { P: { Type: 'Pass', Assign: { e: 'Exception', c: 'An Exception' }, Next: 'F' }, F: { Type: 'Fail', ErrorPath: '$e', CausePath: '$c' } },
    } as StateMachineDefinition;
    expect((await Driver.execution(def, {}).start()).snapshot).toMatchObject({ error: 'Exception', cause: 'An Exception' });
  });

  it('evaluates intrinsic functions in ErrorPath and CausePath', async () => {
    const fail = { ErrorPath: "States.Format('{}', $.Error)", CausePath: "States.Format('{} by {}.', $.Error, $.Cause)" };
    expect(await outcome(fail, { Error: 'E', Cause: 'C' })).toEqual({ error: 'E', cause: 'E by C.' });
  });

  it('fails with States.Runtime when ErrorPath selects nothing', async () => {
    const def = {
      StartAt: 'pass',
      States: { pass: { Type: 'Pass', Parameters: { Error: 'error-value' }, Next: 'fail' }, fail: { Type: 'Fail', ErrorPath: '$.ErrorX' } },
    } as StateMachineDefinition;
    const r = await Driver.execution(def, {}).start();
    expect(r.snapshot).toMatchObject({
      error: 'States.Runtime',
      cause:
        "An error occurred while executing the state 'fail' (entered at the event id #4). " +
        `The JSONPath '$.ErrorX' specified for the field 'ErrorPath' could not be found in the input '{"Error":"error-value"}'`,
    });
  });

  it('evaluates JSONata Error and Cause', async () => {
    const jsonata = { QueryLanguage: 'JSONata' };
    expect(await outcome({ Error: '{% $states.input.error %}' }, { error: 'Exception' }, jsonata)).toEqual({ error: 'Exception', cause: null });
    expect(await outcome({ Cause: '{% "n=" & $states.input.n %}' }, { n: 3 }, jsonata)).toEqual({ error: null, cause: 'n=3' });
  });

  it('fails only its branch inside a Parallel: no execution event is written', async () => {
    const def = {
      StartAt: 'P',
      States: { P: { Type: 'Parallel', End: true, Branches: [{ StartAt: 'F', States: { F: { Type: 'Fail', Error: 'B' } } }] } },
    } as StateMachineDefinition;
    const r = await new Driver(def, newRun({ machine: ['P', 0], input: {} })).start();
    expect(eventTypes(r)).toEqual(['FailStateEntered']);
    expect(r.snapshot).toMatchObject({ status: 'FAILED', error: 'B', cause: null });
  });
});
