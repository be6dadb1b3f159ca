import { performance } from 'node:perf_hooks';
import type { CaseActual, CaseOutcome, CorpusCase, ExecutionCase } from './corpus-case';
import { DEFAULT_CASE_TIMEOUT_MS } from './cli-args';
import { runExecutionCase } from './execution-case-runner';
import { compareExecution } from './output-comparison';
import { compareValidation } from './validation-comparison';
import { runValidationCase } from './validation-case-runner';

export interface CorpusRunOptions {
  /** Only cases whose id contains this text. */
  filter?: string;
  caseTimeoutMs?: number;
  /** Called after each case, e.g. to stream `--out` lines. */
  onOutcome?: (outcome: CaseOutcome) => void;
}

/** Runs one execution case somewhere (local: the in-memory executor) and returns what it produced. */
export type ExecutionCaseRunner = (testCase: ExecutionCase, caseTimeoutMs: number) => Promise<CaseActual>;

export function selectCases(cases: readonly CorpusCase[], filter?: string): CorpusCase[] {
  return filter ? cases.filter((c) => c.id.includes(filter)) : [...cases];
}

/** Runs the cases one after another in local mode; never throws because of a case. */
export async function runCorpus(cases: readonly CorpusCase[], options: CorpusRunOptions = {}): Promise<CaseOutcome[]> {
  const outcomes: CaseOutcome[] = [];
  for (const testCase of selectCases(cases, options.filter)) {
    const outcome = await runCase(testCase, options.caseTimeoutMs ?? DEFAULT_CASE_TIMEOUT_MS);
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  }
  return outcomes;
}

/**
 * Runs and judges one case, execution cases through `runExecution` (local mode by default).
 * A thrown exception is a failed case carrying its message.
 */
export async function runCase(
  testCase: CorpusCase,
  caseTimeoutMs: number,
  runExecution: ExecutionCaseRunner = runExecutionCase,
): Promise<CaseOutcome> {
  const started = performance.now();
  const features = testCase.kind === 'malformed' ? ['(malformed)'] : (testCase.features ?? []);
  const done = (passed: boolean, actual: CaseActual, reason?: string): CaseOutcome => ({
    id: testCase.id,
    features,
    passed,
    reason,
    actual,
    durationMs: performance.now() - started,
  });
  if (testCase.kind === 'malformed') {
    return done(false, { status: 'RUNNER_ERROR', error: 'MalformedCase', cause: testCase.problem }, testCase.problem);
  }
  try {
    const actual = testCase.kind === 'execution' ? await runExecution(testCase, caseTimeoutMs) : runValidationCase(testCase);
    const reason = testCase.kind === 'execution' ? compareExecution(testCase, actual) : compareValidation(testCase, actual);
    return done(reason === null, actual, reason ?? undefined);
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    const actual: CaseActual = { status: 'RUNNER_ERROR', error: error.name, cause: error.message };
    return done(false, actual, `threw ${error.name}: ${error.message}`);
  }
}

/** The `--out` line of a case: what the engine produced. */
export function outLine(outcome: CaseOutcome): string {
  const { status, output, error, cause } = outcome.actual;
  return JSON.stringify({ id: outcome.id, status, output: output ?? null, error: error ?? null, cause: cause ?? null });
}
