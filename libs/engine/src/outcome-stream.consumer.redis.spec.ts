import { Redis } from 'ioredis';
import { taskOutcomeEntryFields, type TaskOutcomeEntry, type TransitionJob } from '@lib/contracts';
import { startRedis, type RedisServer } from '../../../test/support/redis-server';
import { eventually } from '../../../test/support/eventually';
import { OutcomeStreamConsumer, type ApplyOutcome } from './outcome-stream.consumer';

const STREAM = 'test:outcomes';
const GROUP = 'coordinators';

let redis: RedisServer;
let client: Redis;
let consumers: OutcomeStreamConsumer[] = [];
let reported = 0;

beforeAll(async () => {
  redis = await startRedis();
  client = new Redis(redis.url, { maxRetriesPerRequest: null });
});

afterAll(async () => {
  client.disconnect();
  await redis.stop();
});

beforeEach(async () => {
  await client.del(STREAM);
});

afterEach(async () => {
  await Promise.all(consumers.map((c) => c.close()));
  consumers = [];
});

/** Reports an attempt's success as a worker does; returns the entry the coordinator should see. */
async function report(output: number): Promise<TaskOutcomeEntry> {
  const task = { executionId: `exec${++reported}`, runId: 'r', awaitId: 1 };
  const fields = taskOutcomeEntryFields(task, { output });
  await client.xadd(STREAM, '*', ...fields);
  return { id: fields[1], job: JSON.parse(fields[3]) as TransitionJob };
}

function consumer(apply: ApplyOutcome, options: { claimIdleMs?: number; concurrency?: number; name?: string; onError?: (error: Error) => void } = {}): OutcomeStreamConsumer {
  const created = new OutcomeStreamConsumer(new Redis(redis.url, { maxRetriesPerRequest: null }), client, apply, {
    stream: STREAM,
    group: GROUP,
    consumer: options.name ?? 'c1',
    concurrency: options.concurrency ?? 4,
    blockMs: 100,
    claimIdleMs: options.claimIdleMs ?? 60_000,
    closeWaitMs: 1000,
    onError: options.onError ?? (() => {}),
  });
  consumers.push(created);
  created.start();
  return created;
}

async function pendingCount(): Promise<number> {
  const [count] = (await client.xpending(STREAM, GROUP)) as [number];
  return count;
}

describe(OutcomeStreamConsumer.name, () => {
  it('applies outcomes reported before and after it started, each once, then acknowledges and deletes them', async () => {
    const early = await report(1);
    const applied: TaskOutcomeEntry[] = [];
    consumer(async (job, id) => void applied.push({ id, job }));
    const late = await Promise.all([report(2), report(3), report(4), report(5), report(6)]);

    await eventually(async () => expect(applied).toHaveLength(6));
    expect(applied.map((a) => a.id).sort()).toEqual([early, ...late].map((e) => e.id).sort());
    expect(applied.find((a) => a.id === early.id)?.job).toEqual(early.job);
    await eventually(async () => expect(await client.xlen(STREAM)).toBe(0));
    expect(await pendingCount()).toBe(0);
  });

  it('applies no more outcomes at once than its concurrency', async () => {
    let running = 0;
    let most = 0;
    let done = 0;
    consumer(
      async () => {
        most = Math.max(most, ++running);
        await new Promise((resolve) => setTimeout(resolve, 20));
        running--;
        done++;
      },
      { concurrency: 3 },
    );
    for (let i = 0; i < 12; i++) await report(i);
    await eventually(async () => expect(done).toBe(12));
    expect(most).toBe(3);
  });

  it('leaves an outcome it failed to apply pending, and applies it again once idle past claimIdleMs', async () => {
    let calls = 0;
    consumer(
      async () => {
        if (++calls === 1) throw new Error('Redis went away mid-commit');
      },
      { claimIdleMs: 300 },
    );
    await report(1);
    await eventually(async () => expect(calls).toBe(1));
    expect(await pendingCount()).toBe(1);

    await eventually(async () => expect(calls).toBe(2), 5_000);
    await eventually(async () => expect(await pendingCount()).toBe(0));
  });

  it('takes over the outcomes a dead coordinator read and never acknowledged', async () => {
    const entry = await report(7);
    await client.xgroup('CREATE', STREAM, GROUP, '0');
    await client.xreadgroup('GROUP', GROUP, 'dead', 'COUNT', 10, 'STREAMS', STREAM, '>');

    const applied: string[] = [];
    consumer(async (_job, id) => void applied.push(id), { claimIdleMs: 300, name: 'alive' });
    await eventually(async () => expect(applied).toEqual([entry.id]), 5_000);
    await eventually(async () => expect(await pendingCount()).toBe(0));
  });

  it('creates the group again when Redis lost it, and goes on', async () => {
    const applied: string[] = [];
    consumer(async (_job, id) => void applied.push(id));
    const first = await report(1);
    await eventually(async () => expect(applied).toEqual([first.id]));

    await client.del(STREAM);
    const second = await report(2);
    await eventually(async () => expect(applied).toEqual([first.id, second.id]), 5_000);
  });

  it('drops an entry that is not an outcome, and says so', async () => {
    const applied: string[] = [];
    const errors: Error[] = [];
    consumer(async (_job, id) => void applied.push(id), { onError: (error) => errors.push(error) });
    await client.xadd(STREAM, '*', 'id', 'x', 'job', '{not json');
    const good = await report(1);
    await eventually(async () => expect(applied).toEqual([good.id]));
    await eventually(async () => expect(await client.xlen(STREAM)).toBe(0));
    expect(errors.map((error) => error.message)).toEqual([expect.stringContaining('is not a task outcome')]);
  });

  it('on close, lets the outcomes being applied finish and acknowledges them', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let finished = false;
    const closing = consumer(async () => {
      await gate;
      finished = true;
    });
    await report(1);
    await eventually(async () => expect(await pendingCount()).toBe(1));

    const closed = closing.close();
    release();
    await closed;
    expect(finished).toBe(true);
    expect(await pendingCount()).toBe(0);
    // Holding nothing, it left the group.
    expect(await client.xinfo('CONSUMERS', STREAM, GROUP)).toEqual([]);
  });

  it('stays in the group on close while it holds an entry it could not apply, for another to claim', async () => {
    let calls = 0;
    const failing = consumer(async () => {
      calls++;
      throw new Error('Redis went away mid-commit');
    });
    await report(1);
    await eventually(async () => expect(calls).toBe(1));
    await failing.close();
    expect(await pendingCount()).toBe(1);
    expect(await client.xinfo('CONSUMERS', STREAM, GROUP)).toHaveLength(1);
  });

  it('reads on after Redis went away and came back empty', async () => {
    const applied: string[] = [];
    consumer(async (_job, id) => void applied.push(id));
    const before = await report(1);
    await eventually(async () => expect(applied).toEqual([before.id]));

    await redis.kill();
    await redis.restart();
    const after = await report(2);
    await eventually(async () => expect(applied).toEqual([before.id, after.id]), 10_000);
  });

  it('closes while Redis is unreachable, instead of waiting for it', async () => {
    const applied: string[] = [];
    const closing = consumer(async (_job, id) => void applied.push(id));
    await report(1);
    await eventually(async () => expect(applied).toHaveLength(1));
    await redis.kill();
    try {
      await closing.close();
    } finally {
      await redis.restart();
    }
  });
});
