import type { Entropy, TaskHandlerContext } from '@lib/asl';
import { HandlerFailure, buildTaskHandler, buildTaskHandlers } from './handler-kinds';

const LAMBDA = 'arn:aws:lambda:us-east-1:111111111111:function:fn';
const ACTIVITY = 'arn:aws:states:us-east-1:111111111111:activity:fn';
const entropy: Entropy = { random: () => 0.5, uuid: () => '11111111-2222-4333-8444-555555555555' };

function context(resource = LAMBDA, slept: number[] = []): TaskHandlerContext {
  return {
    resource,
    handler: 'fn',
    stateName: 'S',
    attempt: 1,
    idempotencyKey: 'k',
    signal: new AbortController().signal,
    sleep: async (seconds: number) => {
      slept.push(seconds);
    },
    heartbeat: () => undefined,
  };
}

async function failureOf(run: () => unknown): Promise<HandlerFailure> {
  try {
    await run();
  } catch (err) {
    return err as HandlerFailure;
  }
  throw new Error('expected the handler to fail');
}

describe('buildTaskHandler', () => {
  it('echoes, returns, repeats and formats', async () => {
    expect(await buildTaskHandler({ kind: 'echo' }, entropy)({ a: 1 }, context())).toEqual({ a: 1 });
    expect(await buildTaskHandler({ kind: 'return', value: [1] }, entropy)(null, context())).toEqual([1]);
    expect(await buildTaskHandler({ kind: 'return_repeat', char: 'a', count: 3 }, entropy)(null, context())).toBe('aaa');
    const format = buildTaskHandler({ kind: 'python_format', template: 'input-event-{event}' }, entropy);
    expect(await format({ x: true }, context())).toBe(`input-event-{'x': True}`);
  });

  it('raise from a Lambda resource carries the Lambda error JSON as cause', async () => {
    const raise = buildTaskHandler({ kind: 'raise', error: 'Exception', errorMessage: 'Boom.' }, entropy);
    for (const resource of [LAMBDA, 'arn:aws:states:::lambda:invoke']) {
      const failure = await failureOf(() => raise({}, context(resource)));
      expect(failure.error).toBe('Exception');
      const cause = JSON.parse(failure.cause!);
      expect(Object.keys(cause)).toEqual(['errorMessage', 'errorType', 'requestId', 'stackTrace']);
      expect(cause).toMatchObject({ errorMessage: 'Boom.', errorType: 'Exception', requestId: entropy.uuid() });
      expect(failure.cause).not.toContain(': ');
    }
  });

  it('raise from another resource has the message as cause', async () => {
    const raise = buildTaskHandler({ kind: 'raise', error: 'Exception', errorMessage: 'Boom.' }, entropy);
    const failure = await failureOf(() => raise({}, context(ACTIVITY)));
    expect([failure.error, failure.cause]).toEqual(['Exception', 'Boom.']);
  });

  it('fail reports exactly the given error and cause', async () => {
    const failure = await failureOf(() => buildTaskHandler({ kind: 'fail', error: 'E', cause: 'C' }, entropy)({}, context()));
    expect([failure.name, failure.error, failure.cause]).toEqual(['HandlerFailure', 'E', 'C']);
  });

  it('failTimes fails N calls per built handler set, then returns', async () => {
    const spec = { kind: 'failTimes', times: 2, error: 'Flaky', then: 'ok' } as const;
    const { fn } = buildTaskHandlers({ fn: spec }, entropy);
    expect((await failureOf(() => fn({}, context()))).error).toBe('Flaky');
    expect((await failureOf(() => fn({}, context()))).error).toBe('Flaky');
    expect(await fn({}, context())).toBe('ok');
    const fresh = buildTaskHandlers({ fn: spec }, entropy);
    expect((await failureOf(() => fresh.fn({}, context()))).error).toBe('Flaky');
  });

  it('sleep waits on the context clock, then echoes or returns its value', async () => {
    const slept: number[] = [];
    expect(await buildTaskHandler({ kind: 'sleep', seconds: 60, then: 'echo' }, entropy)({ a: 1 }, context(LAMBDA, slept))).toEqual({ a: 1 });
    expect(await buildTaskHandler({ kind: 'sleep', seconds: 5, value: 'v' }, entropy)({ a: 1 }, context(LAMBDA, slept))).toBe('v');
    expect(slept).toEqual([60, 5]);
  });

  it('rejects unknown kinds', () => {
    expect(() => buildTaskHandler({ kind: 'nope' } as never, entropy)).toThrow('unknown handler kind');
  });
});
