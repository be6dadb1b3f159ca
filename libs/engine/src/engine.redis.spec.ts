import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { HistoryEvent, Json, StateMachineDefinition } from '@lib/asl';
import { QUEUE_PREFIX, QueueName, TASK_HANDLER_REGISTRY, heartbeatTtlMs, taskOutcomeEntryFields, taskOutcomeStream, taskQueueName, type TaskJob, type TaskOutcome } from '@lib/contracts';
import { startRedis, type RedisServer } from '../../../test/support/redis-server';
import { eventually, until } from '../../../test/support/eventually';
import { transitionJobIds } from './transition-job-ids';
import { createEngine, type Engine } from './engine';
import type { LateTaskResult } from './transition-observer';
import { ExecutionAlreadyExistsError } from './engine.errors';

const fn = (name: string) => `arn:aws:lambda:us-east-1:123456789012:function:${name}`;

/** The handler whose every attempt is reported twice, as when a worker dies between reporting and completing. */
const DELIVERED_TWICE = 'deliveredTwice';

/**
 * A task worker as the worker SDK is: registers its handler names (before any execution can look
 * for them), serves them and reports outcomes on the outcome stream.
 */
async function serve(url: string, handlers: Record<string, (input: unknown) => unknown>): Promise<() => Promise<void>> {
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  await redis.sadd(TASK_HANDLER_REGISTRY, ...Object.keys(handlers));
  const workers = Object.entries(handlers).map(
    ([name, handler]) =>
      new Worker<TaskJob>(
        taskQueueName(name),
        async (job) => {
          let outcome: TaskOutcome;
          try {
            outcome = { output: (await handler(job.data.input)) as Json };
          } catch (e) {
            outcome = { error: (e as Error).name, cause: (e as Error).message };
          }
          if (job.data.express) return outcome;
          for (let report = name === DELIVERED_TWICE ? 2 : 1; report > 0; report--) {
            await redis.xadd(taskOutcomeStream(QUEUE_PREFIX), '*', ...taskOutcomeEntryFields(job.data, outcome));
          }
          return undefined;
        },
        { connection: redis, prefix: QUEUE_PREFIX, concurrency: 8 },
      ),
  );
  return async () => {
    await Promise.all(workers.map((w) => w.close()));
    redis.disconnect();
  };
}

function assertValidHistory(history: HistoryEvent[]): void {
  history.forEach((event, i) => {
    expect(event.id).toBe(i + 1);
    expect(event.previousEventId).toBeLessThan(event.id);
  });
}

describe('Engine (real Redis)', () => {
  let redis: RedisServer;
  let engine: Engine;
  let stopWorkers: () => Promise<void>;
  let attempts = 0;
  let declines = 0;
  /** Calls of the `failsOnce` handler by item. */
  const itemCalls = new Map<string, number>();
  /** Releases the `gated` handler's current attempt. */
  let openGate: () => void = () => {};
  let gateReached: Promise<void>;
  let reachGate: () => void = () => {};
  const discarded: LateTaskResult[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    const observer = { transitionCommitted: () => {}, taskResultDiscarded: (late: LateTaskResult) => void discarded.push(late) };
    engine = await createEngine({ redisUrl: redis.url, observer });
    gateReached = new Promise((resolve) => (reachGate = resolve));
    stopWorkers = await serve(redis.url, {
      echo: (input) => input,
      [DELIVERED_TWICE]: (input) => input,
      gated: (input) =>
        new Promise((resolve) => {
          openGate = () => resolve(input);
          reachGate();
        }),
      declinedOnce: (input) => {
        if (++declines === 1) throw Object.assign(new Error('card declined'), { name: 'Card.Declined' });
        return input;
      },
      failsOnce: (input) => {
        const item = input as { n: number; fail?: boolean };
        const calls = (itemCalls.get(String(item.n)) ?? 0) + 1;
        itemCalls.set(String(item.n), calls);
        if (item.fail && calls === 1) throw Object.assign(new Error(`item ${item.n} failed`), { name: 'Item.Failed' });
        return { done: item.n };
      },
      flaky: (input) => {
        if (++attempts < 3) throw Object.assign(new Error('not yet'), { name: 'Flaky' });
        return input;
      },
    });
  });

  afterAll(async () => {
    await stopWorkers();
    await engine.close();
    await redis.stop();
  });

  const start = (definition: object, input: unknown, name: string) =>
    engine.executions.start({
      definition: definition as StateMachineDefinition,
      stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:test',
      stateMachineName: 'test',
      name,
      input: input as Json,
    });

  const run = async (definition: object, input: unknown, name: string) => {
    const started = await start(definition, input, name);
    return engine.executions.waitForEnd(started.arn, 20_000);
  };

  /** Redrives an execution (RUNNING again once the call returns) and waits for the redriven attempt's end. */
  const redriven = async (arn: string) => {
    await engine.executions.redrive(arn);
    return engine.executions.waitForEnd(arn, 20_000);
  };

  it('runs Pass, Task, Choice and Succeed states across processes of work and records every transition once', async () => {
    const definition = {
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Result: { n: 2 }, ResultPath: '$.init', Next: 'Echo' },
        Echo: { Type: 'Task', Resource: fn('echo'), ResultPath: '$.echoed', Next: 'Check' },
        Check: { Type: 'Choice', Choices: [{ Variable: '$.init.n', NumericEquals: 2, Next: 'Done' }], Default: 'Done' },
        Done: { Type: 'Succeed' },
      },
    };
    const end = await run(definition, { a: 1 }, 'chain');
    expect(end).toMatchObject({ status: 'SUCCEEDED', output: { a: 1, init: { n: 2 }, echoed: { a: 1, init: { n: 2 } } } });
    const history = await engine.executions.history(end.arn);
    assertValidHistory(history);
    expect(history.map((e) => e.type)).toEqual([
      'ExecutionStarted',
      'PassStateEntered',
      'PassStateExited',
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionSucceeded',
      'TaskStateExited',
      'ChoiceStateEntered',
      'ChoiceStateExited',
      'SucceedStateEntered',
      'SucceedStateExited',
      'ExecutionSucceeded',
    ]);
  });

  it('takes back the delayed copy of a start it applied in the call', async () => {
    const end = await run({ StartAt: 'Done', States: { Done: { Type: 'Succeed' } } }, {}, 'started-here');
    expect(end.status).toBe('SUCCEEDED');
    const coordinator = engine.jobs.queue(QueueName.Coordinator);
    await eventually(async () => expect(await coordinator.getJob(transitionJobIds.start({ executionId: end.id, runId: 'r' }))).toBeUndefined());
  });

  it('applies an outcome reported twice once', async () => {
    const definition = { StartAt: 'Echo', States: { Echo: { Type: 'Task', Resource: fn(DELIVERED_TWICE), End: true } } };
    const end = await run(definition, { a: 1 }, 'reported-twice');
    expect(end).toMatchObject({ status: 'SUCCEEDED', output: { a: 1 } });
    const history = await engine.executions.history(end.arn);
    assertValidHistory(history);
    const types = history.map((e) => e.type);
    expect(types.filter((type) => type === 'LambdaFunctionStarted' || type === 'LambdaFunctionSucceeded')).toEqual(['LambdaFunctionStarted', 'LambdaFunctionSucceeded']);
    const client = new Redis(redis.url);
    // Both entries applied (the second found the first's transition and changed nothing), acknowledged and deleted.
    await eventually(async () => expect(await client.xlen(taskOutcomeStream(QUEUE_PREFIX))).toBe(0));
    client.disconnect();
  });

  it('fans out Parallel branches and Map iterations as runs of their own and collects results in order', async () => {
    const definition = {
      StartAt: 'Fan',
      States: {
        Fan: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'M', States: { M: { Type: 'Map', MaxConcurrency: 2, ItemProcessor: { StartAt: 'E', States: { E: { Type: 'Task', Resource: fn('echo'), End: true } } }, End: true } } },
            { StartAt: 'P', States: { P: { Type: 'Pass', Result: 'second', End: true } } },
          ],
          End: true,
        },
      },
    };
    const end = await run(definition, [1, 2, 3, 4, 5], 'fan');
    expect(end).toMatchObject({ status: 'SUCCEEDED', output: [[1, 2, 3, 4, 5], 'second'] });
    assertValidHistory(await engine.executions.history(end.arn));
  });

  it('runs a Map whose items are stored apart from its record, every result in order', async () => {
    const items = Array.from({ length: 1500 }, (_, i) => ({ i, pad: 'p'.repeat(8) }));
    const definition = {
      StartAt: 'Each',
      States: { Each: { Type: 'Map', ItemsPath: '$.items', MaxConcurrency: 200, ItemProcessor: { StartAt: 'Echo', States: { Echo: { Type: 'Task', Resource: fn('echo'), End: true } } }, ResultPath: '$.out', End: true } },
    };
    const end = await run(definition, { items }, 'map-payloads-apart');
    expect(end.status).toBe('SUCCEEDED');
    expect(end.output).toEqual({ items, out: items });
    const client = new Redis(redis.url);
    expect(await client.hexists(engine.repository.keys.runs(end.id), 'r:p')).toBe(1);
    client.disconnect();
  });

  it('retries a failing task with backoff, then succeeds', async () => {
    const definition = {
      StartAt: 'T',
      States: { T: { Type: 'Task', Resource: fn('flaky'), Retry: [{ ErrorEquals: ['Flaky'], IntervalSeconds: 0.01 }], End: true } },
    };
    const end = await run(definition, { ok: true }, 'retry');
    expect(end).toMatchObject({ status: 'SUCCEEDED', output: { ok: true } });
    expect(attempts).toBe(3);
  });

  /** Starts a `.waitForTaskToken` task (with more Task fields) and returns the execution and its token. */
  const callback = async (name: string, task: object = {}) => {
    const definition = {
      StartAt: 'Ask',
      States: { Ask: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken', Parameters: { FunctionName: 'echo', Payload: { 'token.$': '$$.Task.Token' } }, End: true, ...task } },
    };
    const started = await start(definition, {}, name);
    const token = await eventually(async () => {
      const scheduled = (await engine.executions.history(started.arn)).find((e) => e.type === 'TaskScheduled');
      const found = (scheduled?.details?.parameters as { Payload?: { token?: string } } | undefined)?.Payload?.token;
      expect(found).toBeDefined();
      return found as string;
    });
    return { started, token };
  };

  it('resumes a callback task on SendTaskSuccess', async () => {
    const { started, token } = await callback('callback');
    await engine.executions.sendTaskSuccess(token, { approved: true });
    const end = await engine.executions.waitForEnd(started.arn, 10_000);
    expect(end).toMatchObject({ status: 'SUCCEEDED', output: { approved: true } });
  });

  it('keeps a heartbeat of a callback task with HeartbeatSeconds for a few periods, and writes none without', async () => {
    const client = new Redis(redis.url);
    const heartbeatKeys = () => client.keys(`${engine.repository.keys.prefix}:*:heartbeat:*`);
    const before = await heartbeatKeys();
    const beating = await callback('heartbeat-ttl', { HeartbeatSeconds: 60 });
    await engine.executions.sendTaskHeartbeat(beating.token);
    const [key] = (await heartbeatKeys()).filter((k) => !before.includes(k));
    expect(await client.pttl(key)).toBeGreaterThan(60_000);
    expect(await client.pttl(key)).toBeLessThanOrEqual(heartbeatTtlMs(60));

    const silent = await callback('heartbeat-none');
    await engine.executions.sendTaskHeartbeat(silent.token);
    expect((await heartbeatKeys()).filter((k) => !before.includes(k))).toEqual([key]);
    await Promise.all([beating, silent].map(({ started }) => engine.executions.stop(started.arn)));
    client.disconnect();
  });

  it('stops an execution waiting in a Wait state: ABORTED', async () => {
    const definition = { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 3600, End: true } } };
    const started = await start(definition, {}, 'stopped');
    await engine.executions.stop(started.arn, 'Operator', 'no longer needed');
    const end = await engine.executions.waitForEnd(started.arn, 10_000);
    expect(end).toMatchObject({ status: 'ABORTED', error: 'Operator', cause: 'no longer needed' });
  });

  it('drops, and reports, a task result that arrives after its execution stopped', async () => {
    const started = await engine.executions.start({
      definition: { StartAt: 'Slow', States: { Slow: { Type: 'Task', Resource: fn('gated'), End: true } } } as StateMachineDefinition,
      stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:test',
      stateMachineName: 'test',
      name: 'late',
      input: {},
    });
    await gateReached;
    await engine.executions.stop(started.arn);
    expect((await engine.executions.waitForEnd(started.arn, 20_000)).status).toBe('ABORTED');
    const eventsAtStop = (await engine.executions.history(started.arn)).length;
    openGate();
    const ofThis = () => discarded.filter((late) => late.executionId === started.id);
    await until(async () => ofThis(), (late) => late.length > 0);
    expect(ofThis()).toEqual([{ executionId: started.id, runId: 'r', awaitId: expect.any(Number), status: 'ABORTED' }]);
    expect(await engine.executions.history(started.arn)).toHaveLength(eventsAtStop);
  });

  it('returns the running execution for the same name and input, and refuses another input', async () => {
    const definition = { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 3600, End: true } } } as StateMachineDefinition;
    const request = { definition, stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:test', stateMachineName: 'test', name: 'twice', input: { x: 1 } };
    const first = await engine.executions.start(request);
    const again = await engine.executions.start(request);
    expect(again.arn).toBe(first.arn);
    await expect(engine.executions.start({ ...request, input: { x: 2 } })).rejects.toBeInstanceOf(ExecutionAlreadyExistsError);
    await engine.executions.stop(first.arn);
  });

  it('runs an Express execution in memory to its end, its tasks served by the workers', async () => {
    const definition = {
      StartAt: 'Echo',
      States: {
        Echo: { Type: 'Task', Resource: fn('echo'), Next: 'Wait' },
        Wait: { Type: 'Wait', Seconds: 1, Next: 'Done' },
        Done: { Type: 'Pass', Parameters: { 'echoed.$': '$', 'redrives.$': '$$.Execution' }, End: true },
      },
    };
    const result = await engine.express.startSync({
      definition: definition as StateMachineDefinition,
      stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:fast',
      stateMachineName: 'fast',
      input: { q: 1 },
    });
    expect(result.status).toBe('SUCCEEDED');
    expect(result.output).toMatchObject({ echoed: { q: 1 } });
    expect(result.output).not.toHaveProperty('redrives.RedriveCount');
    expect(result.stopDate - result.startDate).toBeGreaterThanOrEqual(1000);
    expect(result.executionArn).toMatch(/^arn:aws:states:us-east-1:123456789012:express:fast:/);
  });

  it('redrives a failed execution from the failed state, keeping what succeeded', async () => {
    const definition = {
      StartAt: 'Prepare',
      States: {
        Prepare: { Type: 'Pass', Result: 'ready', ResultPath: '$.prepared', Next: 'Charge' },
        Charge: { Type: 'Task', Resource: fn('declinedOnce'), End: true },
      },
    };
    const failed = await run(definition, { order: 1 }, 'redrive');
    expect(failed).toMatchObject({ status: 'FAILED', error: 'Card.Declined' });
    const end = await redriven(failed.arn);
    expect(end).toMatchObject({ status: 'SUCCEEDED', output: { order: 1, prepared: 'ready' }, redriveCount: 1 });
    expect(end.error).toBeUndefined();
    const history = await engine.executions.history(failed.arn);
    assertValidHistory(history);
    expect(history.filter((e) => e.type === 'PassStateEntered')).toHaveLength(1);
    expect(history.map((e) => e.type)).toContain('ExecutionRedriven');
  });

  it('redrives a Map and a Parallel running again only the iterations and branches that did not succeed', async () => {
    const task = { Type: 'Task', Resource: fn('failsOnce'), End: true };
    const processor = { StartAt: 'Work', States: { Work: task } };
    const map = { StartAt: 'Each', States: { Each: { Type: 'Map', MaxConcurrency: 1, ItemProcessor: processor, End: true } } };
    const items = [{ n: 0 }, { n: 1, fail: true }, { n: 2 }, { n: 3 }];
    const failedMap = await run(map, items, 'redrive-map');
    expect(failedMap).toMatchObject({ status: 'FAILED', error: 'Item.Failed' });
    expect(await redriven(failedMap.arn)).toMatchObject({ status: 'SUCCEEDED', output: [0, 1, 2, 3].map((n) => ({ done: n })) });
    expect(['0', '1', '2', '3'].map((n) => itemCalls.get(n))).toEqual([1, 2, 1, 1]);

    const branch = (input: object) => ({ StartAt: 'Work', States: { Work: { ...task, Parameters: input } } });
    const parallel = { StartAt: 'Both', States: { Both: { Type: 'Parallel', Branches: [branch({ n: 10 }), branch({ n: 11, fail: true })], End: true } } };
    const failedParallel = await run(parallel, {}, 'redrive-parallel');
    expect(failedParallel).toMatchObject({ status: 'FAILED', error: 'Item.Failed' });
    const end = await redriven(failedParallel.arn);
    expect(end).toMatchObject({ status: 'SUCCEEDED', output: [{ done: 10 }, { done: 11 }] });
    expect([itemCalls.get('10'), itemCalls.get('11')]).toEqual([1, 2]);
    assertValidHistory(await engine.executions.history(failedParallel.arn));
  });

  it('stops a redriven execution again, each call done when it returns, as on AWS', async () => {
    const definition = { StartAt: 'Hold', States: { Hold: { Type: 'Wait', Seconds: 600, End: true } } };
    const started = await start(definition, {}, 'stop-twice');
    await engine.executions.stop(started.arn);
    expect(await engine.executions.describe(started.arn)).toMatchObject({ status: 'ABORTED', redriveCount: 0 });
    await engine.executions.redrive(started.arn);
    expect(await engine.executions.describe(started.arn)).toMatchObject({ status: 'RUNNING', redriveCount: 1 });
    await engine.executions.stop(started.arn);
    expect(await engine.executions.describe(started.arn)).toMatchObject({ status: 'ABORTED', redriveCount: 1 });
  });

  it('fails a task whose handler no worker ever served, as AWS fails a missing function', async () => {
    const definition = {
      StartAt: 'Call',
      States: { Call: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'nobodyServesThis' }, End: true } },
    };
    const end = await run(definition, {}, 'unserved');
    expect(end).toMatchObject({ status: 'FAILED', error: 'Lambda.ResourceNotFoundException' });
    expect(end.cause).toContain('function:nobodyServesThis');
  });

  it('lists executions newest first, by state machine and status, a page at a time', async () => {
    const page = await engine.executions.list({ status: 'SUCCEEDED', maxResults: 2 });
    expect(page.executions).toHaveLength(2);
    expect(page.executions.every((e) => e.status === 'SUCCEEDED')).toBe(true);
    expect(page.executions[0].startDate).toBeGreaterThanOrEqual(page.executions[1].startDate);
    const next = await engine.executions.list({ status: 'SUCCEEDED', maxResults: 2, nextToken: page.nextToken });
    expect(next.executions.map((e) => e.arn)).not.toContain(page.executions[0].arn);
    const none = await engine.executions.list({ stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:nothing' });
    expect(none).toEqual({ executions: [] });
  });

  it('lists the executions of one state machine or version from its own index, a page at a time', async () => {
    const machine = (name: string) => `arn:aws:states:us-east-1:123456789012:stateMachine:${name}`;
    const definition = { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 600, End: true } } } as StateMachineDefinition;
    const begin = (name: string, from: string, version?: string) =>
      engine.executions.start({ definition, stateMachineArn: from, stateMachineName: 'indexed', ...(version && { stateMachineVersionArn: version }), name, input: {} });
    const started = [
      await begin('indexed-1', machine('indexed')),
      await begin('other-1', machine('indexed-other')),
      await begin('indexed-2', machine('indexed'), `${machine('indexed')}:1`),
      await begin('indexed-3', machine('indexed')),
    ];
    const first = await engine.executions.list({ stateMachineArn: machine('indexed'), maxResults: 2 });
    const rest = await engine.executions.list({ stateMachineArn: machine('indexed'), maxResults: 2, nextToken: first.nextToken });
    const names = [...first.executions, ...rest.executions].map((e) => e.name);
    expect(names.sort()).toEqual(['indexed-1', 'indexed-2', 'indexed-3']);
    expect((await engine.executions.list({ stateMachineArn: `${machine('indexed')}:1` })).executions.map((e) => e.name)).toEqual(['indexed-2']);
    const client = new Redis(redis.url);
    expect(await client.zcard(engine.repository.keys.startedFrom(machine('indexed')))).toBe(3);
    client.disconnect();
    await Promise.all(started.map((e) => engine.executions.stop(e.arn)));
  });

  describe('with a history limit', () => {
    let limited: { redis: RedisServer; engine: Engine; stopWorkers: () => Promise<void> };

    beforeAll(async () => {
      const server = await startRedis();
      const own = await createEngine({ redisUrl: server.url, limits: { maxHistoryEvents: 40 } });
      limited = { redis: server, engine: own, stopWorkers: await serve(server.url, { echo: (input) => input }) };
    });

    afterAll(async () => {
      await limited.stopWorkers();
      await limited.engine.close();
      await limited.redis.stop();
    });

    it('fails an execution that reaches it with States.Runtime, in a Map iteration as at the top', async () => {
      const loop = { StartAt: 'Echo', States: { Echo: { Type: 'Task', Resource: fn('echo'), Next: 'Again' }, Again: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThan: -1, Next: 'Echo' }], Default: 'Done' }, Done: { Type: 'Succeed' } } };
      const inMap = { StartAt: 'Each', States: { Each: { Type: 'Map', ItemsPath: '$.items', ItemProcessor: loop, End: true } } };
      for (const [name, definition, input] of [['limit-top', loop, { n: 1 }], ['limit-map', inMap, { items: [{ n: 1 }, { n: 2 }] }]] as const) {
        const started = await limited.engine.executions.start({ definition: definition as StateMachineDefinition, stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:limited', stateMachineName: 'limited', name, input: input as Json });
        const end = await limited.engine.executions.waitForEnd(started.arn, 20_000);
        expect(end).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
        expect(end.cause).toContain('history events');
        const history = await limited.engine.executions.history(end.arn);
        assertValidHistory(history);
        expect(history.at(-1)?.type).toBe('ExecutionFailed');
        // Checked before each step: a step or two of events past the limit, not an unbounded loop.
        expect(history.length).toBeLessThan(60);
      }
    });
  });

  describe('two coordinators on one Redis', () => {
    let second: Engine;
    let committedBySecond = 0;

    beforeAll(async () => {
      second = await createEngine({ redisUrl: redis.url, observer: { transitionCommitted: () => void committedBySecond++ } });
    });

    afterAll(() => second.close());

    // Each keeps the runs it committed last; a step the other committed since is refused and stepped again.
    it('runs executions across both, every step recorded once whichever applies it', async () => {
      const States = Object.fromEntries(
        Array.from({ length: 6 }, (_, i) => [`Step${i}`, { Type: 'Task', Resource: fn('echo'), ...(i < 5 ? { Next: `Step${i + 1}` } : { End: true }) }]),
      );
      const started = await Promise.all(Array.from({ length: 20 }, (_, i) => start({ StartAt: 'Step0', States }, { i }, `two-coordinators-${i}`)));
      const ends = await Promise.all(started.map((e) => engine.executions.waitForEnd(e.arn, 20_000)));
      expect(ends.map((end) => end.status)).toEqual(started.map(() => 'SUCCEEDED'));
      expect(ends.map((end) => end.output)).toEqual(started.map((_, i) => ({ i })));
      for (const end of ends) {
        const history = await engine.executions.history(end.arn);
        assertValidHistory(history);
        expect(history.filter((e) => e.type === 'LambdaFunctionSucceeded')).toHaveLength(6);
        expect(history.filter((e) => e.type === 'TaskStateEntered')).toHaveLength(6);
      }
      expect(committedBySecond).toBeGreaterThan(0);
    });
  });

  describe('nested executions (states:startExecution)', () => {
    const childArn = 'arn:aws:states:us-east-1:123456789012:stateMachine:child';
    beforeAll(async () => {
      await engine.stateMachines.put({
        arn: childArn,
        name: 'child',
        type: 'STANDARD',
        roleArn: 'arn:aws:iam::123456789012:role/r',
        creationDate: 0,
        definition: {
          StartAt: 'Check',
          States: {
            Check: { Type: 'Choice', Choices: [{ Variable: '$.fail', IsPresent: true, Next: 'Fail' }], Default: 'Echo' },
            Echo: { Type: 'Task', Resource: fn('echo'), End: true },
            Fail: { Type: 'Fail', Error: 'Child.Failed', Cause: 'asked to' },
          },
        } as StateMachineDefinition,
      });
    });

    const parent = (resource: string, input: object) => ({
      StartAt: 'Start',
      States: { Start: { Type: 'Task', Resource: resource, Parameters: { StateMachineArn: childArn, Input: input }, End: true } },
    });

    it('.sync:2 waits for the child and returns its output as JSON', async () => {
      const end = await run(parent('arn:aws:states:::states:startExecution.sync:2', { v: 1 }), {}, 'nested-sync2');
      expect(end.status).toBe('SUCCEEDED');
      expect(end.output).toMatchObject({ Status: 'SUCCEEDED', Output: { v: 1 }, Input: { v: 1 }, StateMachineArn: childArn });
    });

    it('.sync returns the output as JSON text', async () => {
      const end = await run(parent('arn:aws:states:::states:startExecution.sync', { v: 2 }), {}, 'nested-sync');
      expect(end.output).toMatchObject({ Status: 'SUCCEEDED', Output: '{"v":2}', Input: '{"v":2}' });
    });

    it('the plain form answers at once with the child execution ARN', async () => {
      const end = await run(parent('arn:aws:states:::states:startExecution', { v: 3 }), {}, 'nested-async');
      const output = end.output as { ExecutionArn: string; StartDate: number };
      expect(output.ExecutionArn).toMatch(/^arn:aws:states:us-east-1:123456789012:execution:child:/);
      expect(typeof output.StartDate).toBe('number');
    });

    it('fails the Task with States.TaskFailed when the child fails', async () => {
      const end = await run(parent('arn:aws:states:::states:startExecution.sync:2', { fail: true }), {}, 'nested-failing');
      expect(end).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed' });
      expect(JSON.parse(end.cause as string)).toMatchObject({ Status: 'FAILED', Error: 'Child.Failed', Cause: 'asked to' });
    });
  });
});
