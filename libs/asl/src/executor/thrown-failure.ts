/** The error and cause a task failure carries, from whatever a handler threw. */
export function thrownFailure(thrown: unknown): { error: string; cause?: string } {
  if (typeof thrown === 'object' && thrown !== null) {
    const { error, cause } = thrown as { error?: unknown; cause?: unknown };
    if (typeof error === 'string') return { error, ...(typeof cause === 'string' && { cause }) };
    if (thrown instanceof Error) return { error: thrown.name, cause: thrown.message };
  }
  return { error: 'Error', cause: String(thrown) };
}
