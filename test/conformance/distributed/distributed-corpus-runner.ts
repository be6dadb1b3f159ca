import { resolve } from 'node:path';
import { createEngine } from '@lib/engine';
import { CONFORMANCE_ACCOUNT_ID, CONFORMANCE_REGION } from '../conformance-environment';
import { DEFAULT_DISTRIBUTED_CASE_TIMEOUT_MS, DEFAULT_DISTRIBUTED_CONCURRENCY } from '../cli-args';
import type { CaseOutcome } from '../corpus-case';
import { readCorpus } from '../corpus-reader';
import { runCase, type CorpusRunOptions } from '../corpus-runner';
import { forEachBounded, inPositionOrder } from './bounded-pool';
import { DEFAULT_WORKER_CONCURRENCY } from './conformance-worker-options';
import { handlerNamesOf } from './corpus-task-handlers';
import { runDistributedExecutionCase, type DistributedTarget } from './distributed-case-runner';
import { startDistributedStack } from './distributed-stack';
import { newRunTag } from './execution-naming';

export interface DistributedRunOptions extends CorpusRunOptions {
  /** A Redis to use (REDIS_URL); unset: the run starts a redis-server of its own. */
  readonly redisUrl?: string;
  /** Cases in flight at once. @default DEFAULT_DISTRIBUTED_CONCURRENCY */
  readonly concurrency?: number;
  /** Aborting stops submitting cases and stops every process of the run (Ctrl-C). */
  readonly signal?: AbortSignal;
  /** Where lines about the run's progress go (the CLI: stderr). */
  readonly log?: (line: string) => void;
}

/**
 * Runs a corpus file on the distributed runtime: its own Redis (unless given), two coordinator
 * processes and one worker process serving the corpus handlers. Execution cases are started
 * through the ExecutionService, many at once; validation cases need no runtime and run as in
 * local mode. Outcomes come back (and go to `onOutcome`) in corpus order; every process started
 * is stopped before this settles, also when it fails or is aborted.
 */
export async function runCorpusDistributed(file: string, options: DistributedRunOptions = {}): Promise<CaseOutcome[]> {
  const casesFile = resolve(file); // the worker runs in the repository root
  const cases = readCorpus(casesFile);
  const selected = cases.map((testCase, index) => ({ testCase, index })).filter(({ testCase }) => !options.filter || testCase.id.includes(options.filter));
  const caseTimeoutMs = options.caseTimeoutMs ?? DEFAULT_DISTRIBUTED_CASE_TIMEOUT_MS;
  const outcomes: CaseOutcome[] = [];
  const arrive = inPositionOrder<CaseOutcome>((outcome) => {
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  });
  if (!selected.some(({ testCase }) => testCase.kind === 'execution')) {
    for (const [position, { testCase }] of selected.entries()) arrive(position, await runCase(testCase, caseTimeoutMs));
    return outcomes;
  }

  const runTag = newRunTag();
  const stack = await startDistributedStack({
    casesFile,
    runTag,
    redisUrl: options.redisUrl,
    worker: handlerNamesOf(cases).length > 0,
    workerConcurrency: DEFAULT_WORKER_CONCURRENCY,
  });
  options.log?.(`conformance: run ${runTag} on ${stack.redisUrl}; processes ${stack.pids.join(', ')}`);
  try {
    const engine = await createEngine({ redisUrl: stack.redisUrl, orchestrate: false, region: CONFORMANCE_REGION, accountId: CONFORMANCE_ACCOUNT_ID });
    try {
      const target: DistributedTarget = { executions: engine.executions, runTag };
      const pool = forEachBounded(
        selected,
        options.concurrency ?? DEFAULT_DISTRIBUTED_CONCURRENCY,
        async ({ testCase, index }, position) => {
          const outcome = await runCase(testCase, caseTimeoutMs, (c, timeoutMs) => runDistributedExecutionCase(target, c, index, timeoutMs));
          arrive(position, outcome);
        },
        options.signal,
      );
      await Promise.race([pool, aborted(options.signal)]);
    } finally {
      await engine.close();
    }
  } finally {
    await stack.stop();
  }
  return outcomes;
}

/** Settles when `signal` aborts; never when there is none. */
function aborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    signal?.addEventListener('abort', () => resolve(), { once: true });
  });
}
