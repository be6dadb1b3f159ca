/**
 * Conformance runner (DESIGN.md, Contracts 8):
 *   npm run conformance -- --cases FILE [--mode local|distributed] [--out FILE] [--filter TEXT]
 * Prints a table by feature and ends with the line `N passed, M failed`.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { parseRunArgs, type RunArgs } from './cli-args';
import { readCorpus } from './corpus-reader';
import { outLine, runCorpus } from './corpus-runner';
import { formatFailures, formatFeatureTable } from './feature-table';

async function main(argv: readonly string[]): Promise<number> {
  let args: RunArgs;
  try {
    args = parseRunArgs(argv);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  if (args.mode === 'distributed') {
    process.stderr.write(
      'conformance: --mode distributed (coordinator, workers and Redis) is not built yet; ' +
        'run with --mode local to use the in-memory executor.\n',
    );
    return 2;
  }
  const cases = readCorpus(args.cases);
  const out = args.out ? openSync(args.out, 'w') : undefined;
  try {
    const outcomes = await runCorpus(cases, {
      filter: args.filter,
      caseTimeoutMs: args.caseTimeoutMs,
      onOutcome: (o) => out !== undefined && writeSync(out, `${outLine(o)}\n`),
    });
    const failures = formatFailures(outcomes);
    if (args.listFailures && failures) process.stdout.write(`${failures}\n\n`);
    process.stdout.write(`${formatFeatureTable(outcomes)}\n`);
    return outcomes.every((o) => o.passed) ? 0 : 1;
  } finally {
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
