/**
 * A worker process for worker-signals.redis.spec.ts: serves `slow-task` (prints "started", then
 * takes SLOW_TASK_MS) and shuts down on SIGTERM. Usage: tsx slow-task-worker.ts <redis-url> <prefix>
 */
import { createWorker } from '../src';

/** Long enough that a SIGTERM sent at "started" arrives while the handler still runs. */
const SLOW_TASK_MS = 500;

const [url, prefix] = process.argv.slice(2);
const worker = createWorker({
  connection: { url },
  prefix,
  handleSignals: true,
  logger: { log: (message) => console.log(message), warn: (message) => console.warn(message), error: (message) => console.error(message) },
  handlers: {
    'slow-task': async () => {
      console.log('started');
      await new Promise((resolve) => setTimeout(resolve, SLOW_TASK_MS));
      return { finishedAt: Date.now() };
    },
  },
});
worker.run().then(() => console.log('exiting'));
