/**
 * A worker-sdk worker serving the echo handler, as its own process, so the cost profile can read
 * its CPU time apart from the coordinator's. Arguments: <redis url> <concurrency>.
 */
import { createWorker } from '@lib/worker-sdk';
import { ECHO_HANDLER } from './runtime-workloads';

const [url, concurrency] = process.argv.slice(2);
const worker = createWorker({
  connection: { url },
  handlers: { [ECHO_HANDLER]: (input) => input },
  concurrency: Number(concurrency),
  handleSignals: true,
});
void worker.run();
