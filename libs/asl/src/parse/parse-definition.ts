import type { StateMachineDefinition } from '../definition/state-machine.definition';
import { DefinitionError } from '../errors/definition-error';
import { hasErrors } from './diagnostic';
import { analyzeDefinition, type ValidateDefinitionOptions } from './validate-definition';

/**
 * Reads a definition (JSON text or a parsed object) into its typed form, or throws a
 * `DefinitionError` whose message is CreateStateMachine's InvalidDefinition message.
 */
export function parseDefinition(definition: string | unknown, options: ValidateDefinitionOptions = {}): StateMachineDefinition {
  const { root, diagnostics } = analyzeDefinition(definition, options);
  if (root === undefined || hasErrors(diagnostics)) {
    throw new DefinitionError(diagnostics.filter((d) => d.severity === 'ERROR'));
  }
  return root as unknown as StateMachineDefinition;
}
