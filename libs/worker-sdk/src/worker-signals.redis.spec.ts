import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { JobName, jobIds, taskQueueName, type TaskJob } from '@lib/contracts';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { kill, started, type StartedChild } from '../../../scripts/child-lifecycle';
import { startRedis, type RedisServer } from '../../../test/support/redis-server';
import { reportedOutcomes } from '../../../test/support/task-outcomes';

const REPOSITORY_ROOT = join(__dirname, '../../..');
const WORKER_SCRIPT = join(__dirname, '../test/slow-task-worker.ts');
const PREFIX = 'signals';

let redis: RedisServer;
let client: Redis;
let child: StartedChild | undefined;

beforeAll(async () => {
  redis = await startRedis();
  client = new Redis(redis.url, { maxRetriesPerRequest: null });
});

afterAll(async () => {
  if (child) await kill(child);
  await client.quit();
  await redis.stop();
});

describe('a worker with handleSignals', () => {
  it('on SIGTERM lets the running handler finish and report, then exits by itself', async () => {
    // One node process with tsx's loader (not the tsx CLI, which would relay signals to a child of its own).
    const workerProcess = spawn(process.execPath, ['--import', 'tsx', WORKER_SCRIPT, redis.url, PREFIX], {
      cwd: REPOSITORY_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    const handlerStarted = new Promise<void>((resolve) =>
      workerProcess.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('started')) resolve();
      }),
    );
    child = await started(workerProcess);
    const task: TaskJob = {
      executionId: 'exec1',
      runId: 'r0',
      awaitId: 1,
      stateName: 'Slow',
      resource: 'arn:aws:states:us-east-1:123456789012:activity:slow-task',
      handler: 'slow-task',
      input: {},
      attempt: 1,
      idempotencyKey: 'exec1.r0.Slow.1',
    };
    const tasks = new Queue(taskQueueName('slow-task'), { connection: client, prefix: PREFIX });
    await tasks.add(JobName.Task, task, { jobId: jobIds.task(task) });
    await handlerStarted;

    const signalledAt = Date.now();
    process.kill(child.pid, 'SIGTERM');
    expect(await child.exited).toEqual({ code: 0, signal: null });

    const ended = (await reportedOutcomes(client, PREFIX, jobIds.taskOutcome(task)))[0]?.job.events[1];
    if (ended?.type !== 'TaskSucceeded') throw new Error(`expected TaskSucceeded, got ${JSON.stringify(ended)}`);
    expect((ended.output as { finishedAt: number }).finishedAt).toBeGreaterThan(signalledAt);
    expect(stdout).toMatch(/SIGTERM: shutting down[\s\S]*shut down[\s\S]*exiting/);
    await tasks.close();
  }, 20_000);
});
