import type { StateMachineDefinition } from '../definition/state-machine.definition';
import type { Json } from '../json';
import { Driver, T0, at, eventTypes, only } from '../runtime/test-step-context';

const machine = (wait: Record<string, unknown>, rest: Record<string, unknown> = {}): StateMachineDefinition =>
  ({ StartAt: 'W', States: { W: { Type: 'Wait', End: true, ...wait } }, ...rest }) as StateMachineDefinition;

const located = (cause: string) => `An error occurred while executing the state 'W' (entered at the event id #2). ${cause}`;

async function dueAt(wait: Record<string, unknown>, input: Json, rest?: Record<string, unknown>): Promise<number> {
  return only(await Driver.execution(machine(wait, rest), input).start(), 'StartTimer').dueAt;
}

async function failure(wait: Record<string, unknown>, input: Json, rest?: Record<string, unknown>) {
  const r = await Driver.execution(machine(wait, rest), input).start();
  expect(r.commands).toEqual([]);
  expect(r.snapshot.status).toBe('FAILED');
  return { error: r.snapshot.error, cause: r.snapshot.cause };
}

describe('waitState', () => {
  it('starts a timer for Seconds, then passes its input on when it fires', async () => {
    const run = Driver.execution(machine({ Seconds: 5 }), { a: 1 });
    let r = await run.start();
    expect(r.commands).toEqual([{ kind: 'StartTimer', awaitId: 1, dueAt: at(5) }]);
    expect(eventTypes(r)).toEqual(['ExecutionStarted', 'WaitStateEntered']);
    r = await run.send({ type: 'TimerFired', awaitId: 1 }, at(5));
    expect(eventTypes(r)).toEqual(['WaitStateExited', 'ExecutionSucceeded']);
    expect(r.snapshot).toMatchObject({ status: 'SUCCEEDED', output: { a: 1 } });
    expect(r.events[0].timestamp).toBe(at(5));
  });

  it('waits until Timestamp, in any offset, and accepts a time already past', async () => {
    expect(await dueAt({ Timestamp: '2024-01-01T01:00:00Z' }, {})).toBe(at(3600));
    expect(await dueAt({ Timestamp: '2024-01-01T02:00:00.500+01:00' }, {})).toBe(at(3600.5));
    expect(await dueAt({ Timestamp: '2020-01-01T00:00:00Z' }, {})).toBe(Date.UTC(2020, 0, 1));
  });

  it('reads SecondsPath and TimestampPath from the effective input', async () => {
    expect(await dueAt({ SecondsPath: '$.s' }, { s: 30 })).toBe(at(30));
    expect(await dueAt({ InputPath: '$.inner', SecondsPath: '$.s' }, { inner: { s: 2 } })).toBe(at(2));
    expect(await dueAt({ TimestampPath: '$.t' }, { t: '2024-01-02T00:00:00Z' })).toBe(at(86400));
    expect(await dueAt({ SecondsPath: '$.s' }, { s: 0 })).toBe(T0);
  });

  it.each<[string, Json, string]>([
    ['negative', -1, 'The SecondsPath parameter references a negative value: $.input.waitSeconds == -1'],
    ['fractional', 1.5, 'The SecondsPath parameter cannot be parsed as a long value: $.input.waitSeconds == 1.5'],
    ['a string', 'ten', 'The SecondsPath parameter cannot be parsed as a long value: $.input.waitSeconds == ten'],
  ])('fails with States.Runtime when SecondsPath is %s', async (_what, value, cause) => {
    expect(await failure({ SecondsPath: '$.input.waitSeconds' }, { input: { waitSeconds: value } })).toEqual({
      error: 'States.Runtime',
      cause: located(cause),
    });
  });

  it('fails with States.Runtime when SecondsPath references nothing', async () => {
    expect(await failure({ SecondsPath: '$.input.waitSeconds' }, {})).toEqual({
      error: 'States.Runtime',
      cause: located('The SecondsPath parameter does not reference an input value: $.input.waitSeconds'),
    });
  });

  it.each(['2016-12-05 21:29:29Z', '2016-12-05T21:29:29', '2016-13-05T21:29:29Z', '2016-12-05T25:29:29Z'])(
    'fails with States.Runtime for the TimestampPath value %s',
    async (value) => {
      expect(await failure({ TimestampPath: '$.t' }, { t: value })).toEqual({
        error: 'States.Runtime',
        cause: located(`The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: $.t == ${value}`),
      });
    },
  );

  it('applies InputPath, OutputPath and Assign to what it passes on', async () => {
    const run = Driver.execution(machine({ Seconds: 1, InputPath: '$.a', OutputPath: '$.b', Assign: { 'x.$': '$.a.b' } }), { a: { b: 'v' } });
    const timer = only(await run.start(), 'StartTimer');
    const r = await run.send({ type: 'TimerFired', awaitId: timer.awaitId }, at(1));
    expect(r.snapshot.output).toBe('v');
    expect(r.snapshot.variables).toEqual({ x: 'v' });
  });

  it('ignores a TimerFired for another wait', async () => {
    const run = Driver.execution(machine({ Seconds: 1 }), {});
    const timer = only(await run.start(), 'StartTimer');
    const r = await run.send({ type: 'TimerFired', awaitId: timer.awaitId + 1 }, at(1));
    expect(r.events).toEqual([]);
    expect(r.snapshot.status).toBe('RUNNING');
  });

  it('ends ABORTED on Stop and TIMED_OUT on ExecutionTimedOut', async () => {
    const stopped = Driver.execution(machine({ Seconds: 60 }), {});
    await stopped.start();
    let r = await stopped.send({ type: 'Stop' }, at(1));
    expect(eventTypes(r)).toEqual(['WaitStateAborted', 'ExecutionAborted']);
    expect(r.commands).toEqual([]);
    expect(r.snapshot).toMatchObject({ status: 'ABORTED', error: null, cause: null });

    const timedOut = Driver.execution(machine({ Seconds: 60 }, { TimeoutSeconds: 5 }), {});
    await timedOut.start();
    r = await timedOut.send({ type: 'ExecutionTimedOut' }, at(5));
    expect(eventTypes(r)).toEqual(['ExecutionTimedOut']);
    expect(r.snapshot).toMatchObject({ status: 'TIMED_OUT', error: null, cause: null });
    expect(timedOut.last('ExecutionTimedOut').details).toEqual({});
  });

  describe('JSONata', () => {
    const jsonata = { QueryLanguage: 'JSONata' };

    it('evaluates Seconds and Timestamp expressions', async () => {
      expect(await dueAt({ Seconds: '{% $states.input.s * 2 %}' }, { s: 4 }, jsonata)).toBe(at(8));
      expect(await dueAt({ Timestamp: '{% $states.input.t %}' }, { t: '2024-01-01T00:01:00Z' }, jsonata)).toBe(at(60));
    });

    it('fails with States.QueryEvaluationError for a timestamp it cannot parse', async () => {
      expect(await failure({ Timestamp: '{% $states.input.t %}' }, { t: '2016-12-05T21:29:29' }, jsonata)).toEqual({
        error: 'States.QueryEvaluationError',
        cause: located('The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: 2016-12-05T21:29:29'),
      });
    });

    it('fails with States.QueryEvaluationError for negative Seconds', async () => {
      expect((await failure({ Seconds: '{% -1 %}' }, {}, jsonata)).error).toBe('States.QueryEvaluationError');
    });

    it('shapes Output and Assign when the timer fires', async () => {
      const run = Driver.execution(machine({ Seconds: 1, Output: { n: '{% $states.input.n + 1 %}' }, Assign: { waited: true } }, jsonata), { n: 1 });
      const timer = only(await run.start(), 'StartTimer');
      const r = await run.send({ type: 'TimerFired', awaitId: timer.awaitId }, at(1));
      expect(r.snapshot.output).toEqual({ n: 2 });
      expect(r.snapshot.variables).toEqual({ waited: true });
    });
  });
});
