export { DefinitionError } from '../errors/definition-error';
export type { Diagnostic } from './diagnostic';
export { parseDefinition } from './parse-definition';
export { validateDefinition, type ValidateDefinitionOptions, type ValidationResult } from './validate-definition';
export type { WorkflowType } from './validation-context';
