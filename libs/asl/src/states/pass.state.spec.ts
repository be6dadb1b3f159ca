import type { StateMachineDefinition } from '../definition/state-machine.definition';
import { Driver, T0, eventTypes, testStepContext } from '../runtime/test-step-context';

const machine = (state: Record<string, unknown>, rest: Record<string, unknown> = {}): StateMachineDefinition =>
  ({ StartAt: 'P', States: { P: { Type: 'Pass', End: true, ...state } }, ...rest }) as StateMachineDefinition;

describe('passState', () => {
  it('passes its input through and writes the execution history in one step', async () => {
    const run = Driver.execution(machine({}), { a: 1 });
    const r = await run.start();
    expect(r.commands).toEqual([]);
    expect(r.snapshot.status).toBe('SUCCEEDED');
    expect(r.snapshot.output).toEqual({ a: 1 });
    expect(eventTypes(r)).toEqual(['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
    expect(r.events.map((e) => [e.id, e.previousEventId])).toEqual([[1, 0], [2, 1], [3, 2], [4, 3]]);
    expect(r.events.every((e) => e.timestamp === T0)).toBe(true);
  });

  it('places Result at ResultPath inside the raw input, then applies OutputPath', async () => {
    const def = machine({ Result: { b: 2 }, ResultPath: '$.res', OutputPath: '$.res.b' });
    const r = await Driver.execution(def, { a: 1 }).start();
    expect(r.snapshot.output).toBe(2);
  });

  it('keeps the raw input when ResultPath is null and yields {} when OutputPath is null', async () => {
    expect((await Driver.execution(machine({ Result: 'x', ResultPath: null }), { a: 1 }).start()).snapshot.output).toEqual({ a: 1 });
    expect((await Driver.execution(machine({ OutputPath: null }), { a: 1 }).start()).snapshot.output).toEqual({});
  });

  it('evaluates Parameters against InputPath, with $$ the context object', async () => {
    const def = machine({
      InputPath: '$.inner',
      Parameters: { 'x.$': '$.x', 'state.$': '$$.State.Name', 'exec.$': '$$.Execution.Name', literal: 'keep.$' },
      ResultPath: '$.out',
    });
    const r = await Driver.execution(def, { inner: { x: 7 } }).start();
    expect(r.snapshot.output).toEqual({
      inner: { x: 7 },
      out: { x: 7, state: 'P', exec: 'run-1', literal: 'keep.$' },
    });
  });

  it('fails with States.Runtime, located at the entered event, when InputPath selects nothing', async () => {
    const run = Driver.execution(machine({ InputPath: '$.missing' }), { a: 1 });
    const r = await run.start();
    expect(r.snapshot.status).toBe('FAILED');
    expect(r.snapshot.error).toBe('States.Runtime');
    expect(r.snapshot.cause).toMatch(/^An error occurred while executing the state 'P' \(entered at the event id #2\)\./);
    expect(eventTypes(r)).toEqual(['ExecutionStarted', 'PassStateEntered', 'ExecutionFailed']);
  });

  it('fails with States.ResultPathMatchFailure when ResultPath walks through a non-object', async () => {
    const r = await Driver.execution(machine({ Result: 1, ResultPath: '$.a.b' }), { a: 'text' }).start();
    expect(r.snapshot.error).toBe('States.ResultPathMatchFailure');
  });

  it('assigns variables from the result, all read before any is written, visible to later states', async () => {
    const def = {
      StartAt: 'First',
      States: {
        First: { Type: 'Pass', Result: { n: 1 }, Assign: { x: 'seed' }, Next: 'Second' },
        Second: { Type: 'Pass', Result: { n: 2 }, Assign: { 'x.$': '$.n', 'previous.$': '$x' }, Next: 'Third' },
        Third: { Type: 'Pass', Parameters: { 'x.$': '$x', 'previous.$': '$previous' }, End: true },
      },
    } as StateMachineDefinition;
    const run = Driver.execution(def, {});
    const r = await run.start();
    expect(r.snapshot.output).toEqual({ x: 2, previous: 'seed' });
    expect(run.last('PassStateExited').details).toMatchObject({ name: 'Third' });
    const second = r.events.filter((e) => e.type === 'PassStateExited')[1];
    expect(second.details).toMatchObject({ assignedVariables: { x: 2, previous: 'seed' } });
  });

  it('fails when a JSONPath reads a variable that was never assigned', async () => {
    const r = await Driver.execution(machine({ Parameters: { 'v.$': '$nope' } }), {}).start();
    expect(r.snapshot.status).toBe('FAILED');
    expect(r.snapshot.error).toBe('States.Runtime');
  });

  describe('JSONata', () => {
    const jsonata = (state: Record<string, unknown>) => machine(state, { QueryLanguage: 'JSONata' });

    it('computes Output from $states.input and $states.context', async () => {
      const def = jsonata({ Output: { sum: '{% $states.input.a + $states.input.b %}', name: '{% $states.context.State.Name %}' } });
      const r = await Driver.execution(def, { a: 2, b: 3 }).start();
      expect(r.snapshot.output).toEqual({ sum: 5, name: 'P' });
    });

    it('defaults Output to the input and makes Assign visible to the next state', async () => {
      const def = {
        QueryLanguage: 'JSONata',
        StartAt: 'A',
        States: {
          A: { Type: 'Pass', Assign: { total: '{% $states.input.a * 10 %}' }, Next: 'B' },
          B: { Type: 'Pass', Output: '{% { "in": $states.input, "total": $total } %}', End: true },
        },
      } as StateMachineDefinition;
      const r = await Driver.execution(def, { a: 4 }).start();
      expect(r.snapshot.output).toEqual({ in: { a: 4 }, total: 40 });
    });

    it('fails with States.QueryEvaluationError when an expression errors', async () => {
      const r = await Driver.execution(jsonata({ Output: '{% $undefinedFn() %}' }), {}).start();
      expect(r.snapshot.status).toBe('FAILED');
      expect(r.snapshot.error).toBe('States.QueryEvaluationError');
    });

    it('lets a state opt into JSONata inside a JSONPath machine', async () => {
      const r = await Driver.execution(machine({ QueryLanguage: 'JSONata', Output: '{% $states.input.a %}' }), { a: 'v' }).start();
      expect(r.snapshot.output).toBe('v');
    });
  });

  it('fails with States.DataLimitExceeded when its output is over the payload limit', async () => {
    const ctx = testStepContext({ maxPayloadBytes: 64 });
    const r = await Driver.execution(machine({ Result: 'x'.repeat(100) }), {}, ctx).start();
    expect(r.snapshot.error).toBe('States.DataLimitExceeded');
  });

  it('ignores every event once the run has ended', async () => {
    const run = Driver.execution(machine({}), { a: 1 });
    await run.start();
    const again = await run.send({ type: 'Start' });
    expect(again.events).toEqual([]);
    expect(again.commands).toEqual([]);
    expect(again.snapshot.status).toBe('SUCCEEDED');
  });
});
