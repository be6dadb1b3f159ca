import type { CaseOutcome } from './corpus-case';

export interface FeatureRow {
  feature: string;
  cases: number;
  passed: number;
  failed: number;
}

/** One row per feature tag (a case counts in each of its tags), most cases first. */
export function tallyByFeature(outcomes: readonly CaseOutcome[]): FeatureRow[] {
  const rows = new Map<string, FeatureRow>();
  for (const outcome of outcomes) {
    const features = outcome.features.length ? outcome.features : ['(untagged)'];
    for (const feature of new Set(features)) {
      const row = rows.get(feature) ?? { feature, cases: 0, passed: 0, failed: 0 };
      row.cases += 1;
      if (outcome.passed) row.passed += 1;
      else row.failed += 1;
      rows.set(feature, row);
    }
  }
  return [...rows.values()].sort((a, b) => b.cases - a.cases || a.feature.localeCompare(b.feature));
}

export function summaryLine(outcomes: readonly CaseOutcome[]): string {
  const passed = outcomes.filter((o) => o.passed).length;
  return `${passed} passed, ${outcomes.length - passed} failed`;
}

/** The feature table as text, ending with the `N passed, M failed` line. */
export function formatFeatureTable(outcomes: readonly CaseOutcome[]): string {
  const rows = tallyByFeature(outcomes);
  const width = Math.max('feature'.length, 'total'.length, ...rows.map((r) => r.feature.length));
  const line = (feature: string, cases: number | string, passed: number | string, failed: number | string): string =>
    `${feature.padEnd(width)}  ${String(cases).padStart(6)}  ${String(passed).padStart(6)}  ${String(failed).padStart(6)}`;
  const passed = outcomes.filter((o) => o.passed).length;
  return [
    line('feature', 'cases', 'passed', 'failed'),
    '-'.repeat(width + 24),
    ...rows.map((r) => line(r.feature, r.cases, r.passed, r.failed)),
    '-'.repeat(width + 24),
    line('total', outcomes.length, passed, outcomes.length - passed),
    '',
    summaryLine(outcomes),
  ].join('\n');
}

/** Failing cases with their reasons, for `--list-failures` and the ratchet spec. */
export function formatFailures(outcomes: readonly CaseOutcome[]): string {
  return outcomes
    .filter((o) => !o.passed)
    .map((o) => `FAIL ${o.id}\n     ${o.reason ?? '(no reason)'}`)
    .join('\n');
}
