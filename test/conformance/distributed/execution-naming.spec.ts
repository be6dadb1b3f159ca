import { caseIndexOf, executionIdOfKey, executionName, newRunTag } from './execution-naming';

describe('execution naming', () => {
  it('round-trips a case index through its execution name, for this run only', () => {
    const name = executionName('ab12cd34', 917);
    expect(name.length).toBeLessThanOrEqual(80);
    expect(caseIndexOf(name, 'ab12cd34')).toBe(917);
    expect(caseIndexOf(name, 'ffffffff')).toBeUndefined();
    expect(caseIndexOf('conformance-ab12cd34-9x', 'ab12cd34')).toBeUndefined();
  });

  it('makes a new tag per run', () => {
    expect(newRunTag()).toMatch(/^[0-9a-f]{8}$/);
    expect(newRunTag()).not.toBe(newRunTag());
  });

  it('reads the execution id from an idempotency key, even when the state name has dots', () => {
    expect(executionIdOfKey('0123abcd.r-3-0.Step.One.2')).toBe('0123abcd');
  });
});
