import type { Diagnostic } from '../parse/diagnostic';

/**
 * The InvalidDefinition message of CreateStateMachine: every error as `CODE: message at location`,
 * joined with `, ` inside `Invalid State Machine Definition: '...'`. AWS prints `null` for a
 * diagnostic without a location.
 */
export function invalidDefinitionMessage(diagnostics: readonly Diagnostic[]): string {
  const parts = diagnostics
    .filter((d) => d.severity === 'ERROR')
    .map((d) => `${d.code}: ${d.message} at ${d.location ?? 'null'}`);
  return `Invalid State Machine Definition: '${parts.join(', ')}'`;
}

/** Thrown by `parseDefinition` when AWS would refuse the definition (API error `InvalidDefinition`). */
export class DefinitionError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    super(invalidDefinitionMessage(diagnostics));
    this.name = new.target.name;
    this.diagnostics = diagnostics;
  }
}
