import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateDefinition } from './validate-definition';

/** Definitions that ran on AWS, so AWS accepted every one of them. */
const CORPUS = resolve(__dirname, '../../../..', '../shared/conformance/localstack/cases.jsonl');

interface ExecutionCase {
  id: string;
  definition: unknown;
  type?: 'EXPRESS';
}

describe('definitions AWS accepted (LocalStack execution corpus)', () => {
  const cases: ExecutionCase[] = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ExecutionCase);

  it('validates every one of them without an error (no false rejection)', () => {
    const rejected = cases.flatMap((c) => {
      const errors = validateDefinition(JSON.stringify(c.definition), { type: c.type ?? 'STANDARD' }).diagnostics.filter(
        (d) => d.severity === 'ERROR',
      );
      return errors.length === 0 ? [] : [`${c.id}: ${JSON.stringify(errors)}`];
    });
    if (rejected.length > 0) console.log(`Falsely rejected:\n${rejected.join('\n')}`);
    expect(cases.length).toBeGreaterThan(900);
    expect(rejected).toEqual([]);
  });
});
