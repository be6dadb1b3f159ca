/** An error raised while compiling or evaluating JSONata, reduced to what a cause quotes. */
export interface JsonataFailure {
  /** The JSONata error code (`T1006`, `S0202`, `D3137`, ...); absent for a bare message. */
  readonly code?: string;
  readonly message: string;
}

/** What the jsonata package throws: a plain object carrying a code, or an Error. */
export function toJsonataFailure(thrown: unknown): JsonataFailure {
  if (typeof thrown === 'object' && thrown !== null) {
    const { code, message } = thrown as { code?: unknown; message?: unknown };
    const text = typeof message === 'string' ? message : String(thrown);
    return typeof code === 'string' ? { code, message: text } : { message: text };
  }
  return { message: String(thrown) };
}

/**
 * Errors for Step Functions' own JSONata functions, in the shape the jsonata package renders:
 * it fills the function name (`token`) and the message from its catalogue when one propagates.
 */
export const jsonataError = {
  /** T0410: Argument N of function "f" does not match function signature. */
  signatureMismatch: (index: number) => ({ code: 'T0410', index }),
  /** T0412: Argument N of function "f" must be an array of <type>. */
  notAnArray: (index: number, type?: string) => ({ code: 'T0412', index, type }),
  /** D3137 carries a free message; AWS uses it for its own functions' value errors. */
  invalidValue: (message: string) => ({ code: 'D3137', message }),
} as const;
