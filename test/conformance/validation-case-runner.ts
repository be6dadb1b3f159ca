import { parseDefinition, validateDefinition } from '@lib/asl';
import type { CaseActual, ValidationCase } from './corpus-case';

/** The definition as the API receives it: the raw text when the case recorded text. */
function definitionText(testCase: ValidationCase): string {
  return testCase.definitionString ?? JSON.stringify(testCase.definition);
}

/**
 * `createError` cases go through parseDefinition (as CreateStateMachine would), the others
 * through validateDefinition (ValidateStateMachineDefinition).
 */
export function runValidationCase(testCase: ValidationCase): CaseActual {
  const type = testCase.type ?? 'STANDARD';
  if ('createError' in testCase.expected) {
    try {
      parseDefinition(definitionText(testCase), { type });
      return { status: 'CREATED' };
    } catch (err) {
      // Errors are matched by name, never instanceof (house style).
      if ((err as Error).name !== 'DefinitionError') throw err;
      return { status: 'InvalidDefinition', error: 'InvalidDefinition', cause: (err as Error).message };
    }
  }
  const validated = validateDefinition(definitionText(testCase), { type });
  return { status: validated.result, output: validated.diagnostics as never };
}
