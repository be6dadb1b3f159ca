import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runCorpusDistributed } from './distributed/distributed-corpus-runner';
import { formatFailures, formatFeatureTable } from './feature-table';

/**
 * The distributed ratchet: the LocalStack execution corpus on real processes (a redis-server, two
 * coordinators, the conformance worker), its pass count never below `distributedCases`.
 */
const CASES = join(__dirname, '../../../shared/conformance/localstack/cases.jsonl');
const ratchet = JSON.parse(readFileSync(join(__dirname, 'ratchet.json'), 'utf8')) as { distributedCases: number };

/** A case's real waits and retries take at most ~8 s; a case still running after this hangs. */
const CASE_TIMEOUT_MS = 30_000;
/** The run stops itself (and its processes) before Jest's own timeout would abandon them. */
const RUN_LIMIT_MS = 5 * 60_000;

describe('conformance ratchet (distributed mode)', () => {
  it(`passes at least ${ratchet.distributedCases} of the execution cases`, async () => {
    const started = performance.now();
    const outcomes = await runCorpusDistributed(CASES, { caseTimeoutMs: CASE_TIMEOUT_MS, signal: AbortSignal.timeout(RUN_LIMIT_MS) });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`\ncases.jsonl (distributed, ${seconds} s)\n${formatFailures(outcomes)}\n\n${formatFeatureTable(outcomes)}\n`);
    expect(outcomes.filter((o) => o.passed).length).toBeGreaterThanOrEqual(ratchet.distributedCases);
  }, RUN_LIMIT_MS + 60_000);
});
