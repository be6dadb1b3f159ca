/**
 * Conformance runner (DESIGN.md, Contracts 8):
 *   npm run conformance -- --cases FILE [--mode local|distributed] [--out FILE] [--filter TEXT]
 * Prints a table by feature and ends with the line `N passed, M failed`.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { parseRunArgs, type RunArgs } from './cli-args';
import type { CaseOutcome } from './corpus-case';
import { readCorpus } from './corpus-reader';
import { outLine, runCorpus } from './corpus-runner';
import { runCorpusDistributed } from './distributed/distributed-corpus-runner';
import { formatFailures, formatFeatureTable } from './feature-table';

/** Exit code after Ctrl-C (128 + SIGINT), once every process of the run has been stopped. */
const INTERRUPTED = 130;
const SHUTDOWN_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
/** In distributed mode, a progress line on stderr after every this many cases. */
const PROGRESS_EVERY = 100;

async function main(argv: readonly string[]): Promise<number> {
  let args: RunArgs;
  try {
    args = parseRunArgs(argv, process.env);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  const out = args.out ? openSync(args.out, 'w') : undefined;
  let done = 0;
  const onOutcome = (o: CaseOutcome): void => {
    if (out !== undefined) writeSync(out, `${outLine(o)}\n`);
    if (args.mode === 'distributed' && ++done % PROGRESS_EVERY === 0) process.stderr.write(`conformance: ${done} cases done\n`);
  };
  const interrupt = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => {
    process.stderr.write(`conformance: ${signal}, stopping the run's processes\n`);
    interrupt.abort();
  };
  // Local mode holds no processes: Ctrl-C ends it at once, as Node does by default.
  if (args.mode === 'distributed') for (const signal of SHUTDOWN_SIGNALS) process.once(signal, onSignal);
  try {
    const outcomes =
      args.mode === 'local'
        ? await runCorpus(readCorpus(args.cases), { filter: args.filter, caseTimeoutMs: args.caseTimeoutMs, onOutcome })
        : await runCorpusDistributed(args.cases, {
            filter: args.filter,
            caseTimeoutMs: args.caseTimeoutMs,
            concurrency: args.concurrency,
            redisUrl: args.redisUrl,
            signal: interrupt.signal,
            onOutcome,
            log: (line) => process.stderr.write(`${line}\n`),
          });
    if (interrupt.signal.aborted) return INTERRUPTED;
    const failures = formatFailures(outcomes);
    if (args.listFailures && failures) process.stdout.write(`${failures}\n\n`);
    process.stdout.write(`${formatFeatureTable(outcomes)}\n`);
    return outcomes.every((o) => o.passed) ? 0 : 1;
  } finally {
    for (const signal of SHUTDOWN_SIGNALS) process.off(signal, onSignal);
    if (out !== undefined) closeSync(out);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`conformance: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(2);
  },
);
