import type { CaseOutcome } from './corpus-case';
import { formatFeatureTable, tallyByFeature } from './feature-table';

const outcome = (id: string, passed: boolean, features: string[]): CaseOutcome => ({
  id,
  passed,
  features,
  actual: { status: 'SUCCEEDED' },
  durationMs: 0,
});

describe('formatFeatureTable', () => {
  const outcomes = [outcome('a', true, ['Pass', 'Map']), outcome('b', false, ['Pass']), outcome('c', true, [])];

  it('counts a case under each of its features, most cases first', () => {
    expect(tallyByFeature(outcomes)).toEqual([
      { feature: 'Pass', cases: 2, passed: 1, failed: 1 },
      { feature: '(untagged)', cases: 1, passed: 1, failed: 0 },
      { feature: 'Map', cases: 1, passed: 1, failed: 0 },
    ]);
  });

  it('ends with the summary line', () => {
    const lines = formatFeatureTable(outcomes).split('\n');
    expect(lines[lines.length - 1]).toBe('2 passed, 1 failed');
    expect(lines[0]).toMatch(/^feature\s+cases\s+passed\s+failed$/);
  });
});
