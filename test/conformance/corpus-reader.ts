import { readFileSync } from 'node:fs';
import type { CorpusCase } from './corpus-case';

/** Reads a JSONL corpus. Execution and validation lines may be mixed; bad lines become failures. */
export function readCorpus(file: string): CorpusCase[] {
  return parseCorpus(readFileSync(file, 'utf8'), file);
}

export function parseCorpus(text: string, origin = 'corpus'): CorpusCase[] {
  const cases: CorpusCase[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    cases.push(parseCorpusLine(line, `${origin}:${index + 1}`));
  });
  return cases;
}

export function parseCorpusLine(line: string, where: string): CorpusCase {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(line) as Record<string, unknown>;
  } catch (err) {
    return { kind: 'malformed', id: where, problem: `not JSON: ${(err as Error).message}` };
  }
  const id = typeof raw.id === 'string' ? raw.id : where;
  const expected = raw.expected as Record<string, unknown> | undefined;
  if (typeof expected !== 'object' || expected === null) {
    return { kind: 'malformed', id, problem: 'no "expected" object' };
  }
  if ('createError' in expected || 'validateResult' in expected) {
    const feature = 'createError' in expected ? 'Validation:createError' : 'Validation:validateResult';
    const features = Array.isArray(raw.features) ? (raw.features as string[]) : [feature];
    return { ...(raw as object), kind: 'validation', id, features } as CorpusCase;
  }
  if (typeof expected.status !== 'string') {
    return { kind: 'malformed', id, problem: 'expected.status is missing' };
  }
  if (typeof raw.definition !== 'object' || raw.definition === null) {
    return { kind: 'malformed', id, problem: 'no "definition" object' };
  }
  return { input: {}, ...(raw as object), kind: 'execution', id } as CorpusCase;
}
