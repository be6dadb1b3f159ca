/** One finding of ValidateStateMachineDefinition, in AWS's shape. */
export interface Diagnostic {
  severity: 'ERROR' | 'WARNING';
  code: string;
  message: string;
  /** A JSON-pointer-like location such as `/States/Map/ItemProcessor/States/X/Next`; absent when AWS gives none. */
  location?: string;
}

/** The diagnostic codes AWS documents for ValidateStateMachineDefinition, plus the JSONata ones it emits. */
export const DiagnosticCode = {
  InvalidJsonDescription: 'INVALID_JSON_DESCRIPTION',
  SchemaValidationFailed: 'SCHEMA_VALIDATION_FAILED',
  MissingTransitionTarget: 'MISSING_TRANSITION_TARGET',
  MissingEndState: 'MISSING_END_STATE',
  DuplicateStateName: 'DUPLICATE_STATE_NAME',
  InvalidStateName: 'INVALID_STATE_NAME',
  InvalidLabelName: 'INVALID_LABEL_NAME',
  InvalidJsonataExpression: 'INVALID_JSONATA_EXPRESSION',
  UnsupportedJsonataExpression: 'UNSUPPORTED_JSONATA_EXPRESSION',
  NoDollar: 'NO_DOLLAR',
  PassResultIsStatic: 'PASS_RESULT_IS_STATIC',
} as const;
export type DiagnosticCode = (typeof DiagnosticCode)[keyof typeof DiagnosticCode];

export function error(code: string, message: string, location?: string): Diagnostic {
  return location === undefined ? { severity: 'ERROR', code, message } : { severity: 'ERROR', code, message, location };
}

/** The most common finding: the definition does not fit the ASL schema. */
export function schemaError(message: string, location: string): Diagnostic {
  return error(DiagnosticCode.SchemaValidationFailed, message, location);
}

export function warning(code: string, message: string, location: string): Diagnostic {
  return { severity: 'WARNING', code, message, location };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'ERROR');
}
