import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadSettings } from '@lib/config';
import { QUEUE_PREFIX, JobName, jobIds, taskQueueName, type TaskJob } from '@lib/contracts';
import { HTTP_INVOKE_HANDLER_NAME } from '@lib/worker-sdk';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { startRedis, type RedisServer } from '../../../../test/support/redis-server';
import { WorkerModule } from '../worker.module';
import { TaskWorkerService } from './task-worker.service';
import { eventually } from '../../../../test/support/eventually';
import { reportedOutcomes } from '../../../../test/support/task-outcomes';

/** The test API answers after this long, so the task is still running when the app closes. */
const API_DELAY_MS = 300;

describe(TaskWorkerService.name, () => {
  let redis: RedisServer;
  let client: Redis;
  let api: Server;
  let apiUrl: string;
  let app: INestApplication;

  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url, { maxRetriesPerRequest: null });
    api = createServer((request, response) => {
      setTimeout(() => response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ path: request.url })), API_DELAY_MS);
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
    app = await NestFactory.create(WorkerModule.forRoot(loadSettings({ REDIS_URL: redis.url })), { logger: false });
    await app.init();
  });

  afterAll(async () => {
    await app.close();
    await new Promise((resolve) => api.close(resolve));
    await client.quit();
    await redis.stop();
  });

  it('serves the built-in HTTP task, and on close lets the running task finish and report', async () => {
    const task: TaskJob = {
      executionId: 'exec1',
      runId: 'r0',
      awaitId: 1,
      stateName: 'Call API',
      resource: 'arn:aws:states:::http:invoke',
      handler: HTTP_INVOKE_HANDLER_NAME,
      input: { ApiEndpoint: `${apiUrl}/orders`, Method: 'GET' },
      attempt: 1,
      idempotencyKey: 'exec1.r0.Call API.1',
    };
    const tasks = new Queue<TaskJob>(taskQueueName(HTTP_INVOKE_HANDLER_NAME), { connection: client, prefix: QUEUE_PREFIX });
    await tasks.add(JobName.Task, task, { jobId: jobIds.task(task) });
    await eventually(async () => expect(await tasks.getJobState(jobIds.task(task))).toBe('active'));

    await app.close();

    const [outcome] = await reportedOutcomes(client, QUEUE_PREFIX, jobIds.taskOutcome(task));
    expect(outcome?.job.events[1]).toMatchObject({
      type: 'TaskSucceeded',
      output: { StatusCode: '200', StatusText: 'OK', ResponseBody: { path: '/orders' } },
    });
    await tasks.close();
  });
});

