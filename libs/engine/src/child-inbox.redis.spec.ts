import { Redis } from 'ioredis';
import { startRedis, type RedisServer } from '../../../test/support/redis-server';
import { ExecutionRepository, type TransitionCommit } from './execution.repository';
import type { RunRecord } from './execution-record';
import { Keys } from './keys';
import { defineScripts } from './scripts';

/** A child run or its parent committing through the real commit script, touching only the inbox. */
describe('Child completions in the parent inbox (commit script, real Redis)', () => {
  const id = 'exec-1';
  const keys = new Keys('test');
  let server: RedisServer;
  let redis: Redis;
  let repository: ExecutionRepository;

  const run = (version: number): RunRecord => ({ snapshot: { status: 'RUNNING', lastEventId: 0 } as RunRecord['snapshot'], version });
  const drain = (jobId: string) => JSON.stringify({ queue: 'q', name: 'transition', data: { drain: true }, opts: { jobId } });
  const commit = (runId: string, jobId: string, extra: Partial<TransitionCommit>) =>
    repository.commit({
      executionId: id,
      jobId,
      runId,
      runVersion: 0,
      eventCount: 0,
      run: run(1),
      children: {},
      events: [],
      resultsKey: keys.results(id, 'r', 1),
      inboxKey: keys.inbox(id, 'r'),
      jobs: '[]',
      ...extra,
    });
  const sentIds = (outcome: Awaited<ReturnType<typeof commit>>) =>
    outcome.kind === 'conflict' ? [] : (JSON.parse(outcome.jobs) as { opts: { jobId: string } }[]).map((j) => j.opts.jobId);
  const childDone = (index: number) =>
    commit(`r-1-${index}`, `child-${index}`, {
      completion: { field: `1:${index}`, value: JSON.stringify({ type: 'ChildCompleted', index }), drain: drain(`drain-${index}`) },
    });

  beforeAll(async () => {
    server = await startRedis();
    redis = new Redis(server.url);
    repository = new ExecutionRepository(defineScripts(redis), keys);
  });

  afterAll(async () => {
    redis.disconnect();
    await server.stop();
  });

  beforeEach(async () => {
    await redis.flushdb(); // this spec's own redis-server
    await redis.hset(keys.execution(id), 'eventCount', '0');
  });

  it('sends a drain only from the child that finds the inbox empty', async () => {
    expect(sentIds(await childDone(0))).toEqual(['drain-0']);
    expect(sentIds(await childDone(1))).toEqual([]);
    expect(sentIds(await childDone(2))).toEqual([]);
    expect(await redis.hkeys(keys.inbox(id, 'r'))).toEqual(['1:0', '1:1', '1:2']);
  });

  it('has a drain that leaves completions behind send the next drain, and one that empties the inbox send none', async () => {
    await childDone(0);
    await childDone(1);
    const partial = await commit('r', 'drain-0', { consumed: { fields: ['1:0'], followUp: drain('drain-next') } });
    expect(sentIds(partial)).toEqual(['drain-next']);
    const full = await commit('r', 'drain-next', { runVersion: 1, run: run(2), consumed: { fields: ['1:1'], followUp: drain('drain-after') } });
    expect(sentIds(full)).toEqual([]);
    expect(await redis.exists(keys.inbox(id, 'r'))).toBe(0);
    expect(sentIds(await childDone(2))).toEqual(['drain-2']);
  });

  it('re-sends on replay exactly the jobs a child decided on when it committed', async () => {
    await childDone(0);
    const replay = await childDone(0);
    expect(replay.kind).toBe('replayed');
    expect(sentIds(replay)).toEqual(['drain-0']);
  });

  it('refuses a commit whose run moved since it was read, or whose quoted event ids moved, and writes nothing', async () => {
    const event = (type: string, cause?: string) => ({ id: 1, previousEventId: 0, timestamp: 0, type, ...(cause && { details: { cause } }) });
    expect((await commit('r', 'first', { events: [event('Other')] })).kind).toBe('committed');
    expect((await commit('r', 'stale', {})).kind).toBe('conflict');
    const quoting = await commit('r-1-0', 'quoting', { events: [event('Failed', 'entered at the event id #1')] });
    expect(quoting.kind).toBe('conflict');
    expect(await redis.hkeys(keys.applied(id))).toEqual(['first']);
    expect(await redis.llen(keys.history(id))).toBe(1);
  });
});
