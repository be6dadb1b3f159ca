import { Queue } from 'bullmq';
import { Registry } from 'prom-client';
import { Redis } from 'ioredis';
import { QUEUE_PREFIX, JobName, QueueName, TASK_HANDLER_REGISTRY, TASK_OUTCOME_GROUP, taskOutcomeEntryFields, taskOutcomeStream, taskQueueName } from '@lib/contracts';
import { startRedis, type RedisServer } from '../../../../test/support/redis-server';
import { registerQueueDepthGauges } from '../metrics/queue-depth.gauges';
import { QueueProbeRepository } from '../queue-probe.repository';
import { healthReport } from './health-report';

describe(healthReport.name, () => {
  let redis: RedisServer;
  let client: Redis;
  let probe: QueueProbeRepository;

  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url, { maxRetriesPerRequest: null });
    probe = QueueProbeRepository.connect(redis.url);
  });

  afterAll(async () => {
    await probe?.close();
    client?.disconnect();
    await redis?.stop();
  });

  it('is ok without Redis configured: there is nothing to check', async () => {
    expect(await healthReport(undefined)).toEqual({ status: 'ok' });
  });

  it('is ok when Redis answers and every queue can be read', async () => {
    expect(await healthReport(probe)).toEqual({ status: 'ok' });
  });

  it('reports the depth of the coordinator queue and of every registered task queue on /metrics', async () => {
    await client.sadd(TASK_HANDLER_REGISTRY, 'resize image');
    const tasks = new Queue(taskQueueName('resize image'), { connection: client, prefix: QUEUE_PREFIX });
    await tasks.add(JobName.Task, {});
    await tasks.add(JobName.Task, {}, { delay: 60_000 });
    const registry = new Registry();
    registerQueueDepthGauges(registry, probe);
    const text = await registry.metrics();
    expect(text).toContain('stepwise_redis_up 1');
    expect(text).toContain(`stepwise_queue_jobs{queue="${taskQueueName('resize image')}",state="waiting"} 1`);
    expect(text).toContain(`stepwise_queue_jobs{queue="${taskQueueName('resize image')}",state="delayed"} 1`);
    expect(text).toContain(`stepwise_queue_jobs{queue="${QueueName.Coordinator}",state="active"} 0`);
    expect(text).toContain('stepwise_task_outcomes{state="waiting"} 0');
    await tasks.close();
  });

  it('reports the task outcomes no coordinator has applied yet, read or not', async () => {
    const stream = taskOutcomeStream(QUEUE_PREFIX);
    for (const awaitId of [1, 2, 3]) await client.xadd(stream, '*', ...taskOutcomeEntryFields({ executionId: 'e', runId: 'r', awaitId }, { output: null }));
    await client.xgroup('CREATE', stream, TASK_OUTCOME_GROUP, '0');
    await client.xreadgroup('GROUP', TASK_OUTCOME_GROUP, 'c1', 'COUNT', 1, 'STREAMS', stream, '>');
    const registry = new Registry();
    registerQueueDepthGauges(registry, probe);
    const text = await registry.metrics();
    expect(text).toContain('stepwise_task_outcomes{state="waiting"} 2');
    expect(text).toContain('stepwise_task_outcomes{state="active"} 1');
  });

  it('is unavailable, saying why, once Redis is gone; /metrics still answers', async () => {
    await redis.stop();
    const report = await healthReport(probe, 500);
    expect(report).toEqual({ status: 'unavailable', problems: [expect.stringMatching(/^Redis did not answer PING/)] });
    const registry = new Registry();
    registerQueueDepthGauges(registry, probe);
    expect(await registry.metrics()).toContain('stepwise_redis_up 0');
  });
});
