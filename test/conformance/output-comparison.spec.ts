import type { ExecutionCase } from './corpus-case';
import { IGNORED, blankPointers, compareExecution, firstDifference, normalizeOutput } from './output-comparison';

const DATE_RULE = { regex: '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?Z', replacement: 'date' };

function succeeded(output: unknown, extra: Partial<ExecutionCase> = {}): ExecutionCase {
  return {
    kind: 'execution',
    id: 't',
    definition: { StartAt: 'A', States: {} },
    input: {},
    expected: { status: 'SUCCEEDED', output: output as never },
    ...extra,
  };
}

describe('normalizeOutput', () => {
  it('applies the rules in order to the JSON text of the output', () => {
    const rules = [{ regex: 'us-east-1', replacement: '<region>' }, { regex: 'arn:aws:', replacement: 'arn:<partition>:' }, DATE_RULE];
    const out = normalizeOutput({ arn: 'arn:aws:states:us-east-1:1:x', at: '2024-06-30T12:00:00.123Z' }, rules);
    expect(out).toEqual({ arn: 'arn:<partition>:states:<region>:1:x', at: 'date' });
  });
});

describe('blankPointers', () => {
  it('blanks values at pointers, escapes included, without touching the original', () => {
    const value = { a: { 'b/c': 1, 'd~e': [5, 6] }, keep: 2 };
    expect(blankPointers(value, ['/a/b~1c', '/a/d~0e/1'])).toEqual({ a: { 'b/c': IGNORED, 'd~e': [5, IGNORED] }, keep: 2 });
    expect(value.a['b/c']).toBe(1);
  });

  it('leaves a missing key missing, so the comparison still fails', () => {
    expect(blankPointers({ a: 1 }, ['/b'])).toEqual({ a: 1 });
  });
});

describe('firstDifference', () => {
  it('ignores object key order but not array order', () => {
    expect(firstDifference({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBeNull();
    expect(firstDifference({ b: [1, 2] }, { b: [2, 1] })).toBe('/b/0');
    expect(firstDifference({ a: 1 }, { a: 1, b: null })).toBe('/b');
    expect(firstDifference(null, {})).toBe('/');
  });
});

describe('compareExecution', () => {
  it('passes a succeeded output equal after normalize and ignore', () => {
    const testCase = succeeded({ id: 'recorded', at: 'date' }, { ignore: ['/id'], normalize: [DATE_RULE] });
    expect(compareExecution(testCase, { status: 'SUCCEEDED', output: { at: '2024-01-01T00:00:00Z', id: 'ours' } })).toBeNull();
  });

  it('fails when an ignored key is absent from the actual output', () => {
    const testCase = succeeded({ id: 'recorded' }, { ignore: ['/id'] });
    expect(compareExecution(testCase, { status: 'SUCCEEDED', output: {} })).toMatch(/output differs at \/id/);
  });

  it('fails on status and reports the error of a failed execution', () => {
    const reason = compareExecution(succeeded({}), { status: 'FAILED', error: 'States.Runtime', cause: 'boom' });
    expect(reason).toBe('status FAILED (States.Runtime: boom), expected SUCCEEDED');
  });

  it('compares error, treating a missing error as null, and cause unless it was rewritten', () => {
    const failed = (cause: unknown, causeHasPlaceholders?: boolean): ExecutionCase => ({
      ...succeeded(null),
      expected: { status: 'FAILED', error: 'E', cause: cause as never, causeHasPlaceholders },
    });
    expect(compareExecution(failed('c'), { status: 'FAILED', error: 'E', cause: 'c' })).toBeNull();
    expect(compareExecution(failed('c'), { status: 'FAILED', error: 'E', cause: 'd' })).toMatch(/^cause/);
    expect(compareExecution(failed('<x>', true), { status: 'FAILED', error: 'E', cause: 'd' })).toBeNull();
    expect(compareExecution(failed(undefined), { status: 'FAILED', error: 'F' })).toMatch(/^error "F"/);
    const nullError: ExecutionCase = { ...succeeded(null), expected: { status: 'FAILED', error: null } };
    expect(compareExecution(nullError, { status: 'FAILED' })).toBeNull();
  });
});
