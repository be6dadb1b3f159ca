import type { TaskContext, TaskHandler } from '@lib/worker-sdk';
import type { CorpusCase, HandlerSpec } from '../corpus-case';
import { buildCorpusTaskHandlers, handlerNamesOf, type CaseSpecsLookup } from './corpus-task-handlers';

const LAMBDA = 'arn:aws:lambda:us-east-1:111111111111:function:fn';

function context(executionId: string, signal = new AbortController().signal, resource = LAMBDA): TaskContext {
  return { idempotencyKey: `${executionId}.r.S.1`, attempt: 1, stateName: 'S', resource, signal, heartbeat: async () => undefined };
}

async function thrownBy(run: () => Promise<unknown>): Promise<{ name: string; error?: string; cause?: string }> {
  try {
    await run();
  } catch (err) {
    return err as { name: string; error?: string; cause?: string };
  }
  throw new Error('expected the handler to throw');
}

/** Two executions of two cases that give `fn` different behaviours. */
const specsByExecution: Record<string, Record<string, HandlerSpec>> = {
  e1: { fn: { kind: 'failTimes', times: 1, error: 'Flaky', then: 'ok' } },
  e2: { fn: { kind: 'raise', error: 'Exception', errorMessage: 'Boom.' } },
  e3: { fn: { kind: 'sleep', seconds: 60, then: 'echo' } },
  e4: { fn: { kind: 'fail', error: 'E', cause: 'C' }, other: { kind: 'echo' } },
};
const lookup: CaseSpecsLookup = async (id) => specsByExecution[id];

describe(buildCorpusTaskHandlers.name, () => {
  let fn: TaskHandler;
  beforeEach(() => {
    fn = buildCorpusTaskHandlers(['fn', 'other'], lookup).fn;
  });

  it('routes each task to the behaviour its execution case gives the name', async () => {
    expect((await thrownBy(() => Promise.resolve(fn({}, context('e1'))))).error).toBe('Flaky');
    expect((await thrownBy(() => Promise.resolve(fn({}, context('e2'))))).error).toBe('Exception');
  });

  it('counts failTimes per execution', async () => {
    expect((await thrownBy(() => Promise.resolve(fn({}, context('e1'))))).error).toBe('Flaky');
    expect(await fn({}, context('e1'))).toBe('ok');
    const fresh = buildCorpusTaskHandlers(['fn'], async () => specsByExecution.e1).fn;
    expect((await thrownBy(() => Promise.resolve(fresh({}, context('e5'))))).error).toBe('Flaky');
  });

  it('fails as a TaskFailure with the handler kind error and cause, the Lambda JSON for raise', async () => {
    const raised = await thrownBy(() => Promise.resolve(fn({}, context('e2'))));
    expect(raised.name).toBe('TaskFailure');
    expect(JSON.parse(raised.cause!)).toMatchObject({ errorMessage: 'Boom.', errorType: 'Exception' });
    expect(await thrownBy(() => Promise.resolve(fn({}, context('e4'))))).toMatchObject({ name: 'TaskFailure', error: 'E', cause: 'C' });
  });

  it('stops a sleeping handler when the attempt is aborted', async () => {
    const controller = new AbortController();
    const sleeping = Promise.resolve(fn({ a: 1 }, context('e3', controller.signal)));
    controller.abort(new DOMException('past TimeoutSeconds', 'TimeoutError'));
    expect((await thrownBy(() => sleeping)).name).toBe('TimeoutError');
  });

  it('fails tasks of executions that are not cases of the run, and of names the case lacks', async () => {
    expect((await thrownBy(() => Promise.resolve(fn({}, context('unknown'))))).name).toBe('Error');
    const other = buildCorpusTaskHandlers(['fn', 'other'], lookup).other;
    expect(await thrownBy(() => Promise.resolve(other({}, context('e1'))))).toMatchObject({ error: 'States.TaskFailed' });
    expect(await other({ x: 1 }, context('e4'))).toEqual({ x: 1 });
  });
});

describe(handlerNamesOf.name, () => {
  it('lists the handler names of the execution cases once each', () => {
    const cases = [
      { kind: 'execution', id: 'a', handlers: { b: { kind: 'echo' }, a: { kind: 'echo' } } },
      { kind: 'execution', id: 'b', handlers: { a: { kind: 'echo' } } },
      { kind: 'validation', id: 'c' },
    ] as unknown as CorpusCase[];
    expect(handlerNamesOf(cases)).toEqual(['a', 'b']);
  });
});
