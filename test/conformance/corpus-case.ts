import type { Json, StateMachineDefinition } from '@lib/asl';

/** A handler behaviour from a case's `handlers` map (see /work/shared/conformance/README.md). */
export type HandlerSpec =
  | { kind: 'echo' }
  | { kind: 'return'; value: Json }
  | { kind: 'raise'; error: string; errorMessage: string }
  | { kind: 'fail'; error: string; cause?: string }
  | { kind: 'failTimes'; times: number; error: string; then: Json }
  | { kind: 'sleep'; seconds: number; then?: 'echo'; value?: Json }
  | { kind: 'return_repeat'; char: string; count: number }
  | { kind: 'python_format'; template: string };

export interface NormalizeRule {
  regex: string;
  replacement: string;
}

export type ExpectedStatus = 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT';

export interface ExecutionExpectation {
  status: ExpectedStatus;
  output?: Json;
  error?: string | null;
  /** Usually text; parsed JSON when the recorder decoded it. */
  cause?: Json;
  causeHasPlaceholders?: boolean;
}

/** One line of an execution corpus such as `localstack/cases.jsonl`. */
export interface ExecutionCase {
  kind: 'execution';
  id: string;
  definition: StateMachineDefinition;
  input: Json;
  type?: 'STANDARD' | 'EXPRESS';
  handlers?: Record<string, HandlerSpec>;
  expected: ExecutionExpectation;
  ignore?: string[];
  normalize?: NormalizeRule[];
  features?: string[];
}

export interface ValidateDiagnostic {
  severity: string;
  code: string;
  message: string;
  location?: string;
}

export type ValidationExpectation =
  | { createError: string; message: string }
  | { validateResult: 'OK' | 'FAIL'; diagnostics: ValidateDiagnostic[] };

/** One line of `localstack/validation.jsonl`. */
export interface ValidationCase {
  kind: 'validation';
  id: string;
  definition?: Json;
  definitionString?: string;
  type?: 'STANDARD' | 'EXPRESS';
  expected: ValidationExpectation;
  features?: string[];
}

/** A line that could not be read as a case; it is reported as a failure, not a crash. */
export interface MalformedCase {
  kind: 'malformed';
  id: string;
  problem: string;
}

export type CorpusCase = ExecutionCase | ValidationCase | MalformedCase;

/** What the engine produced for a case, as written by `--out`. */
export interface CaseActual {
  status: string;
  output?: Json;
  error?: string | null;
  cause?: string | null;
}

export interface CaseOutcome {
  id: string;
  features: string[];
  passed: boolean;
  /** Why it failed: the first difference found, or the exception's message. */
  reason?: string;
  actual: CaseActual;
  durationMs: number;
}
