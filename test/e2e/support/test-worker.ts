/**
 * A worker process for the end-to-end tests: serves `work`, `double`, `flaky`, `boom` and
 * `handOff` (a callback task's handler: it only passes the token on) through the worker SDK,
 * with short locks so a killed worker's tasks are taken over quickly.
 *   node -r scripts/swc-register.js test/e2e/support/test-worker.ts <redis-url>
 */
import { createWorker, TaskFailure } from '@lib/worker-sdk';

const [redisUrl] = process.argv.slice(2);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
    boom: async () => {
      throw TaskFailure.create({ error: 'Boom', cause: 'this task always fails' });
    },
  },
});

worker.run().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
