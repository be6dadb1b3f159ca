import { statesOf } from './definition-walk';
import { DiagnosticCode, error, type Diagnostic } from './diagnostic';
import type { ValidationContext } from './validation-context';

/** Longest state name AWS accepts. */
const MAX_STATE_NAME_LENGTH = 80;

/**
 * State names: 1 to 80 characters, and unique in the whole state machine, nested branches and
 * processors included. A name repeated inside one `States` object is only visible in the JSON text.
 */
export function checkStateNames(context: ValidationContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const scope of context.scopes) {
    const statesKeys = JSON.stringify([...scope.keys, 'States']);
    const repeated = context.duplicateKeys.filter((d) => JSON.stringify(d.parent) === statesKeys).map((d) => d.key);
    for (const { name, location } of statesOf(scope)) {
      if (name.length === 0 || name.length > MAX_STATE_NAME_LENGTH) {
        diagnostics.push(
          error(DiagnosticCode.InvalidStateName, `State name must be between 1 and ${MAX_STATE_NAME_LENGTH} characters long`, location),
        );
      }
      if (seen.has(name) || repeated.includes(name)) {
        diagnostics.push(error(DiagnosticCode.DuplicateStateName, `Duplicate State name: ${name}`, location));
      }
      seen.add(name);
    }
  }
  return diagnostics;
}
