/**
 * A worker process for the end-to-end tests: serves `work`, `double`, `flaky`, `boom` and
 * `handOff` (a callback task's handler: it only passes the token on) and `untilCancelled` (runs
 * until its signal aborts, then records `cancelled:<idempotency key>` in Redis) through the worker SDK,
 * with short locks so a killed worker's tasks are taken over quickly.
 *   node -r scripts/swc-register.js test/e2e/support/test-worker.ts <redis-url>
 */
import { Redis } from 'ioredis';
import { createWorker, TaskFailure } from '@lib/worker-sdk';

const [redisUrl] = process.argv.slice(2);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const redis = new Redis(redisUrl);

const worker = createWorker({
  connection: { url: redisUrl },
  handleSignals: true,
  lockDurationMs: 3_000,
  stalledIntervalMs: 1_000,
  handlers: {
    work: async (input) => {
      await pause(20);
      return input;
    },
    double: async (input) => {
      await pause(10);
      return (input as number) * 2;
    },
    flaky: async (_input, ctx) => {
      if (ctx.attempt === 1) throw TaskFailure.create({ error: 'Transient', cause: 'the first attempt always fails' });
      return { attempt: ctx.attempt };
    },
    handOff: () => null,
    untilCancelled: (_input, ctx) =>
      new Promise((_resolve, reject) =>
        ctx.signal.addEventListener('abort', () => {
          void redis.set(`cancelled:${ctx.idempotencyKey}`, '1').finally(() => reject(new Error('cancelled')));
        }),
      ),
    boom: async () => {
      throw TaskFailure.create({ error: 'Boom', cause: 'this task always fails' });
    },
  },
});

worker.run().then(
  () => {
    redis.disconnect();
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
