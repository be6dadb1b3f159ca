import type { Json } from '@lib/asl';
import type { CaseActual, ExecutionCase, NormalizeRule } from './corpus-case';
import { pythonSub } from './python-regex';

/** What an ignored value is replaced with on both sides. */
export const IGNORED = '<ignored by conformance runner>';

/**
 * Applies the case's `normalize` rules, in order, to the JSON text of the actual output, then
 * parses the text again. Compact JSON text is used: the rules only touch values inside strings.
 */
export function normalizeOutput(output: Json, rules: readonly NormalizeRule[] | undefined): Json {
  if (!rules?.length || output === undefined) return output;
  let text = JSON.stringify(output);
  for (const rule of rules) text = pythonSub(rule.regex, rule.replacement, text);
  return JSON.parse(text) as Json;
}

/** RFC 6901 pointer → reference tokens. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`not a JSON pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Returns a copy with the value at each pointer replaced by IGNORED. A pointer whose key is
 * absent is left alone, so a missing key still makes the comparison fail.
 */
export function blankPointers(value: Json, pointers: readonly string[] | undefined): Json {
  if (!pointers?.length || value === undefined) return value;
  let copy = structuredClone(value);
  for (const pointer of pointers) {
    const tokens = parsePointer(pointer);
    if (tokens.length === 0) {
      copy = IGNORED;
      continue;
    }
    let parent: Json = copy;
    for (const token of tokens.slice(0, -1)) {
      parent = childOf(parent, token) as Json;
      if (parent === undefined) break;
    }
    const last = tokens[tokens.length - 1];
    if (parent === undefined || childOf(parent, last) === undefined) continue;
    (parent as Record<string, Json>)[last] = IGNORED;
  }
  return copy;
}

function childOf(container: Json, token: string): Json | undefined {
  if (Array.isArray(container)) return /^(0|[1-9]\d*)$/.test(token) ? container[Number(token)] : undefined;
  if (typeof container === 'object' && container !== null && Object.hasOwn(container, token)) return container[token];
  return undefined;
}

/**
 * Deep equality, object key order ignored. JS numbers cannot tell `0.0` from `0` (both sides
 * come through JSON.parse), so that distinction in the corpus is not checked.
 * Returns null when equal, else the JSON pointer of the first difference.
 */
export function firstDifference(actual: unknown, expected: unknown, at = ''): string | null {
  if (actual === expected) return null;
  if (typeof actual !== typeof expected || actual === null || expected === null) return at || '/';
  if (typeof actual !== 'object') return at || '/';
  if (Array.isArray(actual) !== Array.isArray(expected)) return at || '/';
  if (Array.isArray(actual)) {
    const exp = expected as unknown[];
    if (actual.length !== exp.length) return at || '/';
    for (let i = 0; i < actual.length; i++) {
      const diff = firstDifference(actual[i], exp[i], `${at}/${i}`);
      if (diff !== null) return diff;
    }
    return null;
  }
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(e)]);
  for (const key of [...keys].sort()) {
    const here = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!Object.hasOwn(a, key) || !Object.hasOwn(e, key)) return here;
    const diff = firstDifference(a[key], e[key], here);
    if (diff !== null) return diff;
  }
  return null;
}

/**
 * Compares an execution's result with the case's expectation per the corpus README.
 * Returns null when they match, else a one-line reason.
 */
export function compareExecution(testCase: ExecutionCase, actual: CaseActual): string | null {
  const expected = testCase.expected;
  if (actual.status !== expected.status) {
    const detail = actual.status === 'FAILED' ? ` (${actual.error}: ${clip(actual.cause)})` : '';
    return `status ${actual.status}${detail}, expected ${expected.status}`;
  }
  if (expected.status === 'SUCCEEDED') {
    let normalized: Json;
    try {
      normalized = normalizeOutput(actual.output as Json, testCase.normalize);
    } catch (err) {
      return `normalize failed: ${(err as Error).message}`;
    }
    const left = blankPointers(normalized, testCase.ignore);
    const right = blankPointers(expected.output as Json, testCase.ignore);
    const diff = firstDifference(left, right);
    if (diff === null) return null;
    return `output differs at ${diff}: got ${clip(JSON.stringify(pointerValue(left, diff)))}, expected ${clip(JSON.stringify(pointerValue(right, diff)))}`;
  }
  if ((actual.error ?? null) !== (expected.error ?? null)) {
    return `error ${JSON.stringify(actual.error ?? null)}, expected ${JSON.stringify(expected.error ?? null)}`;
  }
  const expectedCause = expected.cause;
  if (expectedCause === undefined || expectedCause === null || expected.causeHasPlaceholders) return null;
  if (typeof expectedCause === 'string') {
    return actual.cause === expectedCause ? null : `cause ${clip(JSON.stringify(actual.cause))}, expected ${clip(JSON.stringify(expectedCause))}`;
  }
  let parsedCause: unknown;
  try {
    parsedCause = JSON.parse(actual.cause ?? '');
  } catch {
    return `cause is not JSON: ${clip(actual.cause)}`;
  }
  const diff = firstDifference(parsedCause, expectedCause);
  return diff === null ? null : `cause differs at ${diff}`;
}

function pointerValue(value: unknown, pointer: string): unknown {
  let current = value;
  for (const token of pointer === '/' ? [] : parsePointer(pointer)) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}

export function clip(text: string | null | undefined, max = 160): string {
  if (text === undefined || text === null) return String(text);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
