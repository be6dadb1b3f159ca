/**
 * The worker process of a distributed conformance run. It serves, through the worker SDK, every
 * handler name of the corpus, each task with the behaviour its execution's case gives that name:
 *   node -r scripts/swc-register.js test/conformance/distributed/conformance-worker.ts \
 *     --cases FILE --redis URL --run TAG [--concurrency N]
 * Prints CONFORMANCE_WORKER_READY once serving; SIGTERM or SIGINT shut it down gracefully.
 */
import { createEngine } from '@lib/engine';
import { createWorker } from '@lib/worker-sdk';
import { readCorpus } from '../corpus-reader';
import { CONFORMANCE_WORKER_READY, parseConformanceWorkerArgs } from './conformance-worker-options';
import { buildCorpusTaskHandlers, handlerNamesOf, type CaseSpecsLookup } from './corpus-task-handlers';
import { caseIndexOf } from './execution-naming';

async function main(argv: readonly string[]): Promise<void> {
  const options = parseConformanceWorkerArgs(argv);
  const cases = readCorpus(options.cases);
  // Only to read which case an execution runs: its name carries the case's index.
  const engine = await createEngine({ redisUrl: options.redisUrl, orchestrate: false });
  const specsOf: CaseSpecsLookup = async (executionId) => {
    const record = await engine.repository.get(executionId);
    const index = record && caseIndexOf(record.name, options.runTag);
    const testCase = index === undefined ? undefined : cases[index];
    return testCase?.kind === 'execution' ? (testCase.handlers ?? {}) : undefined;
  };
  const worker = createWorker({
    connection: { url: options.redisUrl },
    handlers: buildCorpusTaskHandlers(handlerNamesOf(cases), specsOf),
    concurrency: options.concurrency,
    handleSignals: true,
  });
  const stopped = worker.run();
  process.stdout.write(`${CONFORMANCE_WORKER_READY} ${worker.handlerNames.length} handlers\n`);
  await stopped;
  await engine.close();
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`conformance worker: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
