import type { CaseActual, ValidateDiagnostic, ValidationCase } from './corpus-case';
import { clip, firstDifference } from './output-comparison';

/**
 * The recorder rewrote ARNs in AWS's messages (`arn:aws:` → `arn:<partition>:`, the region →
 * `<region>`); the same rewrites are applied to our messages before comparing.
 */
export function normalizeRecordedMessage(message: string): string {
  return message.replace(/arn:aws:/g, 'arn:<partition>:').replace(/us-east-1/g, '<region>');
}

/** Keeps only the fields AWS returns, dropping undefined ones, so deep equality is meaningful. */
export function diagnosticShape(d: Partial<ValidateDiagnostic>): ValidateDiagnostic {
  const shaped: ValidateDiagnostic = { severity: String(d.severity), code: String(d.code), message: String(d.message) };
  if (d.location !== undefined && d.location !== null) shaped.location = String(d.location);
  return shaped;
}

/** Compares a validation case's result. Returns null when it matches, else a one-line reason. */
export function compareValidation(testCase: ValidationCase, actual: CaseActual): string | null {
  const expected = testCase.expected;
  if ('createError' in expected) {
    if (actual.status === 'CREATED') return `definition accepted, expected ${expected.createError}`;
    if (actual.error !== expected.createError) return `error ${actual.error}, expected ${expected.createError}`;
    const message = normalizeRecordedMessage(actual.cause ?? '');
    return message === expected.message
      ? null
      : `message ${clip(JSON.stringify(message), 300)}, expected ${clip(JSON.stringify(expected.message), 300)}`;
  }
  if (actual.status !== expected.validateResult) return `result ${actual.status}, expected ${expected.validateResult}`;
  const diagnostics = ((actual.output ?? []) as unknown as ValidateDiagnostic[]).map((d) => {
    const shaped = diagnosticShape(d);
    return { ...shaped, message: normalizeRecordedMessage(shaped.message) };
  });
  const diff = firstDifference(diagnostics, expected.diagnostics.map(diagnosticShape));
  return diff === null
    ? null
    : `diagnostics differ at ${diff}: got ${clip(JSON.stringify(diagnostics), 300)}, expected ${clip(JSON.stringify(expected.diagnostics), 300)}`;
}
