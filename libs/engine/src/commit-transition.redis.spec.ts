import { newRun } from '@lib/asl';
import { Redis } from 'ioredis';
import { startRedis, type RedisServer } from '../../../test/support/redis-server';
import { executionRecord } from '../../../test/support/execution-record.fixture';
import { ExecutionRepository, type TransitionCommit } from './execution.repository';
import type { RunRecord } from './execution-record';
import { runRecordJson } from './run-record-json';
import { Keys } from './keys';
import { defineScripts } from './scripts';

const keys = new Keys('test');
let server: RedisServer;
let redis: Redis;
let repository: ExecutionRepository;

beforeAll(async () => {
  server = await startRedis();
  redis = new Redis(server.url);
  repository = new ExecutionRepository(defineScripts(redis), keys);
});

afterAll(async () => {
  redis.disconnect();
  await server.stop();
});

beforeEach(() => redis.flushdb()); // this spec's own redis-server

/** A commit of the root run (or another) through the real commit script, with the parts a spec sets. */
function commit(id: string, extra: Partial<TransitionCommit>) {
  return repository.commit({
    executionId: id,
    jobId: 'job',
    runId: 'r',
    runVersion: 0,
    eventCount: 0,
    run: { snapshot: newRun({ input: {} }), version: 1 },
    children: {},
    events: [],
    resultsKey: keys.results(id, 'r', 1),
    inboxKey: keys.inbox(id, 'r'),
    jobs: '[]',
    ...extra,
  });
}

const event = (id: number, type = 'PassStateEntered', cause?: string) => ({ id, previousEventId: id - 1, timestamp: 0, type, ...(cause && { details: { cause } }) });

/** A child run or its parent committing through the real commit script, touching only the inbox. */
describe('Child completions in the parent inbox (commit script, real Redis)', () => {
  const id = 'exec-1';

  const run = (version: number): RunRecord => ({ snapshot: { status: 'RUNNING', lastEventId: 0 } as RunRecord['snapshot'], version });
  const drain = (jobId: string) => JSON.stringify({ queue: 'q', name: 'transition', data: { drain: true }, opts: { jobId } });
  const commitRun = (runId: string, jobId: string, extra: Partial<TransitionCommit>) => commit(id, { runId, jobId, run: run(1), ...extra });
  const sentIds = (outcome: Awaited<ReturnType<typeof commit>>) =>
    outcome.kind === 'conflict' ? [] : (JSON.parse(outcome.jobs) as { opts: { jobId: string } }[]).map((j) => j.opts.jobId);
  const childDone = (index: number) =>
    commitRun(`r-1-${index}`, `child-${index}`, {
      completion: { field: `1:${index}`, value: JSON.stringify({ type: 'ChildCompleted', index }), drain: drain(`drain-${index}`) },
    });

  beforeEach(() => redis.hset(keys.execution(id), 'eventCount', '0'));

  it('sends a drain only from the child that finds the inbox empty', async () => {
    expect(sentIds(await childDone(0))).toEqual(['drain-0']);
    expect(sentIds(await childDone(1))).toEqual([]);
    expect(sentIds(await childDone(2))).toEqual([]);
    expect(await redis.hkeys(keys.inbox(id, 'r'))).toEqual(['1:0', '1:1', '1:2']);
  });

  it('has a drain that leaves completions behind send the next drain, and one that empties the inbox send none', async () => {
    await childDone(0);
    await childDone(1);
    const partial = await commitRun('r', 'drain-0', { consumed: { fields: ['1:0'], followUp: drain('drain-next') } });
    expect(sentIds(partial)).toEqual(['drain-next']);
    const full = await commitRun('r', 'drain-next', { runVersion: 1, run: run(2), consumed: { fields: ['1:1'], followUp: drain('drain-after') } });
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
    expect((await commitRun('r', 'first', { events: [event(1, 'Other')] })).kind).toBe('committed');
    expect((await commitRun('r', 'stale', {})).kind).toBe('conflict');
    const quoting = await commitRun('r-1-0', 'quoting', { events: [event(1, 'Failed', 'entered at the event id #1')] });
    expect(quoting.kind).toBe('conflict');
    expect(await redis.hkeys(keys.applied(id))).toEqual(['first']);
    expect(await redis.llen(keys.history(id))).toBe(1);
  });
});

describe('What a commit tells its caller (commit script, real Redis)', () => {
  let executions = 0;
  const created = () => {
    const execution = executionRecord({ id: `exec-${++executions}` });
    return repository.create(execution, { snapshot: newRun({ input: {} }), version: 0 }).then(() => execution.id);
  };

  it('the event count it numbered from, and the size of what it stored', async () => {
    const id = await created();
    await commit(id, { jobId: 'first', events: [event(1), event(2)] });
    const child: RunRecord = { snapshot: newRun({ input: {} }), version: 0 };
    const second = await commit(id, { jobId: 'second', runVersion: 1, run: { snapshot: newRun({ input: {} }), version: 2 }, events: [event(1)], children: { 'r-1-0': child } });

    expect(second).toMatchObject({ kind: 'committed', eventCount: 2 });
    if (second.kind !== 'committed') return;
    expect(second.bytes.run).toBe((await redis.hget(keys.runs(id), 'r'))?.length);
    expect(second.bytes.children).toEqual({ 'r-1-0': runRecordJson(child).length });
  });

  it('when refused, what a read would have found: the run as stored and the execution', async () => {
    const id = await created();
    expect((await commit(id, { jobId: 'first', events: [event(1)] })).kind).toBe('committed');

    const stale = await commit(id, { jobId: 'stale' });
    const read = await repository.load(id, 'r', 'unapplied');
    expect(stale).toEqual({ kind: 'conflict', current: { execution: read.execution, run: read.run } });
    expect(read.execution?.eventCount).toBe(1);
    expect(read.run?.version).toBe(1);
  });

  it('writes large payloads to a field of their own once, and drops it when they leave', async () => {
    const id = await created();
    const items = Array.from({ length: 3000 }, (_, i) => ({ i }));
    const snapshot = { ...newRun({ input: { items } }), lastEventId: 0 };
    const payloads = () => redis.hget(keys.runs(id), 'r:p');
    expect((await commit(id, { jobId: 'first', run: { snapshot, version: 1 } })).kind).toBe('committed');
    const read = await repository.run(id);
    expect(read).toEqual({ snapshot, version: 1, payloadsApart: true });
    const written = await payloads();
    expect(written).toContain('{"i":2999}');

    // The same payloads again: the record is rewritten, its payloads field is left alone.
    await redis.hset(keys.runs(id), 'r:p', written!.replace('{"i":2999}', '{"i":-1}'));
    const moved = { ...read!.snapshot, lastEventId: 0, status: 'RUNNING' as const };
    expect((await commit(id, { jobId: 'second', runVersion: 1, read: read!, run: { snapshot: moved, version: 2 } })).kind).toBe('committed');
    expect(await payloads()).toContain('{"i":-1}');

    const small = { ...newRun({ input: { n: 1 } }), lastEventId: 0 };
    const again = (await repository.run(id))!;
    expect((await commit(id, { jobId: 'third', runVersion: 2, read: again, run: { snapshot: small, version: 3 } })).kind).toBe('committed');
    expect(await payloads()).toBeNull();
    expect(await repository.run(id)).toEqual({ snapshot: small, version: 3 });
  });
});
