import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { SettingName } from '@lib/config';
import { QUEUE_PREFIX, JobName, QueueName, TASK_HANDLER_REGISTRY, taskQueueName } from '@lib/contracts';
import { startApp, type AppProcess } from '../../../../test/support/processes';
import { startRedis, type RedisServer } from '../../../../test/support/redis-server';
import { BULL_BOARD_REFRESH_MS } from './bull-board.service';

const RESIZE = taskQueueName('resize-image');
const THUMBNAIL = taskQueueName('thumbnail');
const POLL_MS = 100;

interface BoardQueue {
  name: string;
  readOnlyMode: boolean;
  counts: Record<string, number>;
}

async function boardQueues(coordinator: AppProcess): Promise<BoardQueue[]> {
  const response = await fetch(`${coordinator.url}/queues/api/queues`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { queues: BoardQueue[] }).queues;
}

/** The board's queues once `name` is among them; fails after `timeoutMs`. */
async function boardQueuesListing(coordinator: AppProcess, name: string, timeoutMs: number): Promise<BoardQueue[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const queues = await boardQueues(coordinator);
    if (queues.some((queue) => queue.name === name) || Date.now() > deadline) return queues;
    await sleep(POLL_MS);
  }
}

function put(coordinator: AppProcess, path: string): Promise<Response> {
  return fetch(`${coordinator.url}/queues/api/queues/${path}`, { method: 'PUT' });
}

describe('BullBoardService', () => {
  let redis: RedisServer;
  let client: Redis;

  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url, { maxRetriesPerRequest: null });
  });

  afterAll(async () => {
    client?.disconnect();
    await redis?.stop();
  });

  describe('read-only (the default)', () => {
    let coordinator: AppProcess;
    let resize: Queue;

    beforeAll(async () => {
      // As a worker would: register the handler; then a task job waits in its queue.
      await client.sadd(TASK_HANDLER_REGISTRY, 'resize-image');
      resize = new Queue(RESIZE, { connection: client, prefix: QUEUE_PREFIX });
      await resize.add(JobName.Task, { url: 'https://example.com/a.png' });
      coordinator = await startApp('coordinator', { redisUrl: redis.url });
    });

    afterAll(async () => {
      await coordinator?.stop();
      await resize?.close();
    });

    it('serves the board as HTML at /queues', async () => {
      const response = await fetch(`${coordinator.url}/queues`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toContain('<html');
    });

    it('lists the coordinator queue and every registered task queue, read-only, with their jobs', async () => {
      const queues = await boardQueuesListing(coordinator, RESIZE, BULL_BOARD_REFRESH_MS * 2);
      expect(queues.map((queue) => queue.name)).toEqual(expect.arrayContaining([QueueName.Coordinator, RESIZE]));
      expect(queues.every((queue) => queue.readOnlyMode)).toBe(true);
      expect(queues.find((queue) => queue.name === RESIZE)?.counts.waiting).toBe(1);
    });

    it('picks up a handler registered after it started, without a restart', async () => {
      await client.sadd(TASK_HANDLER_REGISTRY, 'thumbnail');
      const queues = await boardQueuesListing(coordinator, THUMBNAIL, BULL_BOARD_REFRESH_MS * 3);
      expect(queues.map((queue) => queue.name)).toContain(THUMBNAIL);
    });

    it('refuses to pause a queue or add a job', async () => {
      expect((await put(coordinator, `${RESIZE}/pause`)).status).toBe(405);
      const add = await fetch(`${coordinator.url}/queues/api/queues/${RESIZE}/add`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'manual', data: {}, options: {} }),
      });
      expect(add.status).toBe(405);
      expect(await resize.isPaused()).toBe(false);
      expect(await resize.getJobCounts('waiting')).toEqual({ waiting: 1 });
    });

    it('leaves /health and unknown routes to Nest', async () => {
      expect((await fetch(`${coordinator.url}/health`)).status).toBe(200);
      expect((await fetch(`${coordinator.url}/nothing-here`)).status).toBe(404);
    });
  });

  describe('with BULL_BOARD_READ_ONLY=false', () => {
    let coordinator: AppProcess;
    let transitions: Queue;

    beforeAll(async () => {
      transitions = new Queue(QueueName.Coordinator, { connection: client, prefix: QUEUE_PREFIX });
      coordinator = await startApp('coordinator', { redisUrl: redis.url, env: { [SettingName.BullBoardReadOnly]: 'false' } });
    });

    afterAll(async () => {
      await coordinator?.stop();
      await transitions?.close();
    });

    it('pauses a queue when asked', async () => {
      expect((await put(coordinator, `${QueueName.Coordinator}/pause`)).status).toBe(200);
      expect(await transitions.isPaused()).toBe(true);
    });
  });

  describe('without REDIS_URL', () => {
    let coordinator: AppProcess;

    beforeAll(async () => {
      coordinator = await startApp('coordinator');
    });

    afterAll(async () => {
      await coordinator?.stop();
    });

    it('serves no board and says so', async () => {
      expect((await fetch(`${coordinator.url}/queues`)).status).toBe(404);
      expect(coordinator.logs()).toContain('no Bull Board at /queues');
    });
  });
});
