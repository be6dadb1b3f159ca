import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DefinitionError } from '../errors/definition-error';
import { parseDefinition } from './parse-definition';
import { validateDefinition } from './validate-definition';

/** The corpus of definitions AWS rejected or validated, beside the repository. */
const CORPUS = resolve(__dirname, '../../../..', '../shared/conformance/localstack/validation.jsonl');
/** The bar: at least this many of the 26 recorded cases must match AWS. */
const REQUIRED_MATCHES = 24;

interface ValidationCase {
  id: string;
  definition?: unknown;
  definitionString?: string;
  type?: 'STANDARD' | 'EXPRESS';
  expected: { createError: string; message: string } | { validateResult: 'OK' | 'FAIL'; diagnostics: unknown[] };
}

/** The recorder rewrote `arn:aws:` as `arn:<partition>:` in what it stored (see the corpus README). */
const asRecorded = (text: string): string => text.replace(/arn:aws:/g, 'arn:<partition>:');

function mismatch(c: ValidationCase): string | null {
  const definition = c.definitionString ?? JSON.stringify(c.definition);
  const options = { type: c.type };
  if ('createError' in c.expected) {
    try {
      parseDefinition(definition, options);
      return 'no InvalidDefinition raised';
    } catch (e) {
      if (!(e instanceof DefinitionError)) throw e;
      return asRecorded(e.message) === c.expected.message ? null : `message ${JSON.stringify(asRecorded(e.message))}`;
    }
  }
  const actual = validateDefinition(definition, options);
  const got = { result: actual.result, diagnostics: actual.diagnostics.map((d) => ({ ...d, message: asRecorded(d.message) })) };
  const want = { result: c.expected.validateResult, diagnostics: c.expected.diagnostics };
  try {
    expect(got).toEqual(want);
    return null;
  } catch {
    return `got ${JSON.stringify(got)}`;
  }
}

describe('validation corpus (LocalStack recordings of AWS)', () => {
  const cases: ValidationCase[] = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ValidationCase);

  it(`matches AWS in at least ${REQUIRED_MATCHES} of the ${cases.length} cases`, () => {
    const failures = cases.flatMap((c) => {
      const why = mismatch(c);
      return why === null ? [] : [`${c.id}\n  expected ${JSON.stringify(c.expected)}\n  ${why}`];
    });
    if (failures.length > 0) console.log(`Validation cases not matching AWS:\n${failures.join('\n')}`);
    expect(cases).toHaveLength(26);
    expect(cases.length - failures.length).toBeGreaterThanOrEqual(REQUIRED_MATCHES);
  });
});
