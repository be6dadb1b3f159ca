import {
  JobName,
  TASK_CANCELLATION_CHANNEL,
  jobIds,
  taskOutcomeJob,
  taskQueueName,
  type TaskJob,
  type TaskOutcome,
  type TransitionJob,
} from '@lib/contracts';
import { Queue, Worker as QueueWorker } from 'bullmq';
import { Redis } from 'ioredis';
import { startRedis, type RedisServer } from '../../../test/support/redis-server';
import type { TaskHandler } from './task-handler';
import { TaskFailure } from './task-failure';
import { createWorker, Worker } from './worker';
import type { WorkerOptions } from './worker-options';
import type { WorkerLogger } from './worker-logger';
import { eventually } from '../../../test/support/eventually';
import { reportedOutcomes } from '../../../test/support/task-outcomes';

const HANDLER = 'charge-card';

let redis: RedisServer;
let client: Redis;
let testNumber = 0;
let prefix: string;
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  redis = await startRedis();
  client = new Redis(redis.url, { maxRetriesPerRequest: null });
});

afterAll(async () => {
  await client.quit();
  await redis.stop();
});

beforeEach(() => {
  prefix = `test${++testNumber}`;
});

afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

describe(Worker.name, () => {
  it('reports a result as TaskStarted and TaskSucceeded on the outcome stream, under the outcome\'s transition id', async () => {
    const seen: unknown[] = [];
    startWorker({
      [HANDLER]: (input, ctx) => {
        seen.push({ input, ...ctx, signal: undefined, heartbeat: undefined });
        return { charged: true };
      },
    });
    const task = await addTask(1);

    const outcome = await outcomeJob(task);
    expect(outcome).toEqual(taskOutcomeJob(task, { output: { charged: true } }));
    expect(outcome.events.map((event) => event.type)).toEqual(['TaskStarted', 'TaskSucceeded']);
    expect(seen).toEqual([
      expect.objectContaining({
        input: task.input,
        idempotencyKey: task.idempotencyKey,
        attempt: 1,
        stateName: 'Charge',
        resource: task.resource,
      }),
    ]);
    await eventually(async () => expect(await taskQueue().getJobState(jobIds.task(task))).toBe('completed'));
  });

  it('reports undefined as null', async () => {
    startWorker({ [HANDLER]: () => undefined });
    expect(await reported(await addTask(1))).toEqual({ output: null });
  });

  it('reports a TaskFailure with its own error name and cause', async () => {
    startWorker({
      [HANDLER]: async () => {
        throw TaskFailure.create({ error: 'Payment.Declined', cause: 'The card has expired' });
      },
    });
    expect(await reported(await addTask(1))).toEqual({ error: 'Payment.Declined', cause: 'The card has expired' });
  });

  it('reports any other Error by its name and message', async () => {
    startWorker({
      [HANDLER]: () => {
        throw new RangeError('amount must be positive');
      },
    });
    expect(await reported(await addTask(1))).toEqual({ error: 'RangeError', cause: 'amount must be positive' });
  });

  it('reports a thrown non-Error as Error with its string form', async () => {
    startWorker({
      [HANDLER]: () => Promise.reject(42),
    });
    expect(await reported(await addTask(1))).toEqual({ error: 'Error', cause: '42' });
  });

  it('fails a result that is not JSON with States.Runtime, naming where', async () => {
    startWorker({ [HANDLER]: () => ({ receipt: { print: () => 'no' } }) });
    expect(await reported(await addTask(1))).toEqual({
      error: 'States.Runtime',
      cause: 'The task result is not valid JSON: a function at $.receipt.print',
    });
  });

  it('replaces a result over maxResultBytes with States.DataLimitExceeded', async () => {
    startWorker({ [HANDLER]: () => 'x'.repeat(200) }, { maxResultBytes: 100 });
    expect(await reported(await addTask(1))).toEqual({
      error: 'States.DataLimitExceeded',
      cause: "The task result is larger than the worker's limit of 100 bytes.",
    });
  });

  it('writes the heartbeat key with the time of the heartbeat and a TTL of a few heartbeat periods', async () => {
    startWorker({
      [HANDLER]: async (_input, ctx) => {
        const at = Date.now();
        await ctx.heartbeat();
        return { at };
      },
    });
    const key = `${prefix}:{exec1}:heartbeat`;
    const task = await addTask(1, { heartbeatSeconds: 10, heartbeatKey: key });

    const { output } = (await reported(task)) as { output: { at: number } };
    expect(Number(await client.get(key))).toBeGreaterThanOrEqual(output.at);
    const ttl = await client.pttl(key);
    expect(ttl).toBeGreaterThan(20_000);
    expect(ttl).toBeLessThanOrEqual(30_000);
  });

  it('aborts the signal of a handler that runs past TimeoutSeconds, and leaves the timeout to the coordinator', async () => {
    let reason: unknown;
    startWorker({
      [HANDLER]: (_input, ctx) =>
        new Promise((_resolve, reject) =>
          ctx.signal.addEventListener('abort', () => {
            reason = ctx.signal.reason;
            reject(ctx.signal.reason);
          }),
        ),
    });
    const task = await addTask(1, { timeoutSeconds: 0.2 });
    await eventually(async () => expect(await taskQueue().getJobState(jobIds.task(task))).toBe('completed'));
    expect(String(reason)).toContain('The task ran past its TimeoutSeconds (0.2 s)');
    expect(await reportedOutcomes(client, prefix, jobIds.taskOutcome(task))).toEqual([]);
  });

  it('reports an attempt delivered twice under one transition id, for the coordinator to apply once', async () => {
    const keys: string[] = [];
    startWorker({
      [HANDLER]: (_input, ctx) => {
        keys.push(ctx.idempotencyKey);
        return { delivery: keys.length };
      },
    });
    const task = await addTask(1);
    await outcomeJob(task);
    // The same attempt delivered again, as after a crash between reporting and completing.
    await taskQueue().add(JobName.Task, task, { jobId: `${jobIds.task(task)}-again` });
    await eventually(async () => expect(await taskQueue().getJobState(`${jobIds.task(task)}-again`)).toBe('completed'));

    expect(keys).toEqual([task.idempotencyKey, task.idempotencyKey]);
    expect(await reportedOutcomes(client, prefix)).toEqual([
      { id: jobIds.taskOutcome(task), job: taskOutcomeJob(task, { output: { delivery: 1 } }) },
      { id: jobIds.taskOutcome(task), job: taskOutcomeJob(task, { output: { delivery: 2 } }) },
    ]);
  });

  it('reports a .waitForTaskToken task as started with no result (the callback brings it), and its failure', async () => {
    startWorker({
      [HANDLER]: (input: { fail?: boolean }, ctx) => {
        if (input.fail) throw new Error(`could not send ${ctx.taskToken}`);
        return { sent: ctx.taskToken };
      },
    });
    const callback = { resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken' };
    const sent = await addTask(1, { ...callback, taskToken: 'token-1', input: {} });
    const failed = await addTask(2, { ...callback, taskToken: 'token-2', input: { fail: true } });

    expect(await reported(failed)).toEqual({ error: 'Error', cause: 'could not send token-2' });
    expect(await reported(sent)).toEqual({ output: null });
  });

  it('reports the result of an activity task, whose token is only for pollers', async () => {
    startWorker({ [HANDLER]: () => ({ reviewed: true }) });
    const task = await addTask(3, { resource: 'arn:aws:states:us-east-1:123456789012:activity:review', taskToken: 'token-3' });
    expect(await reported(task)).toEqual({ output: { reviewed: true } });
  });

  it('aborts the signal of a running handler when its attempt is cancelled', async () => {
    startWorker({
      [HANDLER]: (_input, ctx) =>
        new Promise((_resolve, reject) => ctx.signal.addEventListener('abort', () => reject(new Error('aborted by the coordinator')))),
    });
    const task = await addTask(4, {});
    await eventually(async () => expect(await taskQueue().getJobState(jobIds.task(task))).toBe('active'));
    await eventually(async () => {
      await client.publish(TASK_CANCELLATION_CHANNEL, jobIds.task(task));
      expect(await reported(task)).toEqual({ error: 'Error', cause: 'aborted by the coordinator' });
    });
  });

  it('returns an Express task\'s outcome as the job result and reports nothing', async () => {
    startWorker({ [HANDLER]: (input: { n: number }) => ({ doubled: input.n * 2 }) });
    const task = await addTask(3, { input: { n: 21 }, express: true });
    await eventually(async () => expect(await taskQueue().getJobState(jobIds.task(task))).toBe('completed'));
    expect((await taskQueue().getJob(jobIds.task(task)))?.returnvalue).toEqual({ output: { doubled: 42 } });
    expect(await reportedOutcomes(client, prefix, jobIds.taskOutcome(task))).toEqual([]);
  });

  it('shuts down gracefully: takes no new task, lets the running handler finish and report, then resolves run()', async () => {
    const started = deferred();
    const release = deferred();
    const worker = newWorker({
      [HANDLER]: async (input: { n: number }) => {
        started.resolve();
        await release.promise;
        return { n: input.n };
      },
    });
    const running = worker.run();
    const first = await addTask(1, { input: { n: 1 } });
    await started.promise;

    let shutDown = false;
    const shutdown = worker.shutdown().then(() => (shutDown = true));
    const second = await addTask(2, { input: { n: 2 } });
    await sleep(200);
    expect(shutDown).toBe(false);
    expect(await reportedOutcomes(client, prefix, jobIds.taskOutcome(first))).toEqual([]);

    release.resolve();
    await shutdown;
    await running;
    expect(await outcomeJob(first)).toEqual(taskOutcomeJob(first, { output: { n: 1 } }));
    expect(await taskQueue().getJobState(jobIds.task(second))).toBe('waiting');
  });

  it('runs a task again, with the same idempotency key, when the worker holding it dies', async () => {
    const task = await taskHeldByDeadWorker();
    const keys: string[] = [];
    startWorker({ [HANDLER]: (_input, ctx) => keys.push(ctx.idempotencyKey) }, { lockDurationMs: 500, stalledIntervalMs: 200 });

    expect(await reported(task)).toEqual({ output: 1 });
    expect(keys).toEqual([task.idempotencyKey]);
  }, 10_000);

  it('fails a task with States.TaskFailed instead of running it once it has lost its worker maxStalledCount times', async () => {
    const task = await taskHeldByDeadWorker();
    const handler = jest.fn();
    startWorker({ [HANDLER]: handler }, { lockDurationMs: 500, stalledIntervalMs: 200, maxStalledCount: 1 });

    expect(await reported(task)).toEqual({
      error: 'States.TaskFailed',
      cause: 'The task lost its worker 1 times (a worker stopped, or blocked its event loop past the lock duration), so it was not run again.',
    });
    expect(handler).not.toHaveBeenCalled();
  }, 10_000);

  it('connects by URL, and duplicates a caller client that BullMQ cannot share, leaving it open', async () => {
    const byUrl = startWorker({ [HANDLER]: () => 'by url' }, { connection: { url: redis.url } });
    expect(await reported(await addTask(1))).toEqual({ output: 'by url' });
    await byUrl.shutdown();

    const own = new Redis(redis.url);
    const worker = startWorker({ [HANDLER]: () => 'by client' }, { connection: own });
    expect(await reported(await addTask(2))).toEqual({ output: 'by client' });
    await worker.shutdown();
    expect(await own.ping()).toBe('PONG');
    await own.quit();
  });
});

// --- helpers -------------------------------------------------------------------------------

const silentLogger: WorkerLogger = { log: () => {}, warn: () => {}, error: () => {} };

/** A worker on this test's prefix, shut down after the test. */
function newWorker(handlers: Record<string, TaskHandler<never>>, options: Partial<WorkerOptions> = {}): Worker {
  const worker = createWorker({
    connection: client,
    handlers: handlers as WorkerOptions['handlers'],
    prefix,
    logger: silentLogger,
    ...options,
  });
  cleanups.push(() => worker.shutdown());
  return worker;
}

/** A running worker on this test's prefix, shut down after the test. */
function startWorker(handlers: Record<string, TaskHandler<never>>, options: Partial<WorkerOptions> = {}): Worker {
  const worker = newWorker(handlers, options);
  void worker.run();
  return worker;
}

function taskQueue(): Queue<TaskJob> {
  return queue(taskQueueName(HANDLER));
}

function queue(name: string): Queue {
  const created = new Queue(name, { connection: client, prefix });
  cleanups.push(() => created.close());
  return created;
}

async function addTask(n: number, overrides: Partial<TaskJob> = {}): Promise<TaskJob> {
  const task: TaskJob = {
    executionId: `exec${n}`,
    runId: 'r0',
    awaitId: 1,
    stateName: 'Charge',
    resource: `arn:aws:lambda:us-east-1:123456789012:function:${HANDLER}`,
    handler: HANDLER,
    input: { amount: 5 },
    attempt: 1,
    idempotencyKey: `exec${n}.r0.Charge.1`,
    ...overrides,
  };
  await taskQueue().add(JobName.Task, task, { jobId: jobIds.task(task) });
  return task;
}

/** The transition job of the first outcome reported for `task`, once there is one. */
async function outcomeJob(task: TaskJob): Promise<TransitionJob> {
  return eventually(async () => {
    const [entry] = await reportedOutcomes(client, prefix, jobIds.taskOutcome(task));
    expect(entry).toBeDefined();
    return entry.job;
  });
}

/** The outcome the worker reported for `task`, read back from its transition job's last event. */
async function reported(task: TaskJob): Promise<TaskOutcome> {
  const ended = (await outcomeJob(task)).events[1];
  if (ended.type === 'TaskSucceeded') return { output: ended.output };
  if (ended.type === 'TaskFailed') return { error: ended.error, ...(ended.cause !== undefined && { cause: ended.cause }) };
  throw new Error(`unexpected event ${ended.type}`);
}

/** Adds a task that a plain BullMQ worker takes and then drops without finishing, as if killed. */
async function taskHeldByDeadWorker(): Promise<TaskJob> {
  const taken = deferred();
  const dying = new QueueWorker(taskQueueName(HANDLER), () => (taken.resolve(), new Promise(() => {})), {
    connection: client,
    prefix,
    lockDuration: 500,
    skipStalledCheck: true,
  });
  const task = await addTask(1);
  await taken.promise;
  await dying.close(true);
  return task;
}


function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
