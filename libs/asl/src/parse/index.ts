export { DefinitionError, invalidDefinitionMessage } from '../errors/definition-error';
export { DiagnosticCode, type Diagnostic } from './diagnostic';
export { parseDefinition } from './parse-definition';
export {
  analyzeDefinition,
  validateDefinition,
  type ValidateDefinitionOptions,
  type ValidationResult,
} from './validate-definition';
export type { WorkflowType } from './validation-context';
