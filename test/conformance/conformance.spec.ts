import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseOutcome } from './corpus-case';
import { readCorpus } from './corpus-reader';
import { runCorpus } from './corpus-runner';
import { formatFeatureTable } from './feature-table';

/**
 * The ratchet: the local-mode pass counts over the LocalStack corpora may only go up.
 * The lead raises `ratchet.json` as the interpreter improves.
 */
/** `../shared/conformance/` beside the repository, as DESIGN.md places the corpora. */
const CORPUS_DIR = join(__dirname, '../../../shared/conformance/localstack');
const ratchet = JSON.parse(readFileSync(join(__dirname, 'ratchet.json'), 'utf8')) as { cases: number; validation: number };

async function runLocal(file: string): Promise<CaseOutcome[]> {
  const outcomes = await runCorpus(readCorpus(join(CORPUS_DIR, file)));
  process.stdout.write(`\n${file}\n${formatFeatureTable(outcomes)}\n`);
  return outcomes;
}

const passed = (outcomes: readonly CaseOutcome[]): number => outcomes.filter((o) => o.passed).length;

describe('conformance ratchet (local mode)', () => {
  it(`passes at least ${ratchet.cases} of the execution cases`, async () => {
    expect(passed(await runLocal('cases.jsonl'))).toBeGreaterThanOrEqual(ratchet.cases);
  }, 120_000);

  it(`passes at least ${ratchet.validation} of the validation cases`, async () => {
    expect(passed(await runLocal('validation.jsonl'))).toBeGreaterThanOrEqual(ratchet.validation);
  }, 30_000);
});
