import type { JsonObject } from '../json';
import { checkChoiceRules } from './choice-rules.pass';
import { readDefinition } from './definition-source';
import { hasErrors, type Diagnostic } from './diagnostic';
import { checkExpressRules } from './express.pass';
import { checkFieldValues } from './field-values.pass';
import { checkJsonata } from './jsonata.pass';
import { checkMachineFields } from './machine-fields.pass';
import { checkMapFields } from './map.pass';
import { checkPaths } from './paths.pass';
import { checkResources } from './resource.pass';
import { checkRetryCatch } from './retry-catch.pass';
import { checkStateFields } from './state-fields.pass';
import { checkStateNames } from './state-names.pass';
import { checkTransitions } from './transitions.pass';
import { validationContext, type ValidationPass, type WorkflowType } from './validation-context';
import { checkVariableNames } from './variables.pass';

export interface ValidateDefinitionOptions {
  /** The workflow type to validate for; EXPRESS forbids callbacks, `.sync` and more. Default STANDARD. */
  type?: WorkflowType;
}

/** What ValidateStateMachineDefinition returns. */
export interface ValidationResult {
  result: 'OK' | 'FAIL';
  diagnostics: Diagnostic[];
}

/** Checks of each state and field on its own; they report everything they find. */
const SCHEMA_PASSES: readonly ValidationPass[] = [
  checkMachineFields,
  checkStateNames,
  checkStateFields,
  checkFieldValues,
  checkRetryCatch,
  checkChoiceRules,
  checkMapFields,
  checkVariableNames,
  checkPaths,
  checkJsonata,
  checkResources,
  checkExpressRules,
];

/** Checks of the state graph, which only mean something once every state is well formed. */
const GRAPH_PASSES: readonly ValidationPass[] = [checkTransitions];

/** Validates a definition the way ValidateStateMachineDefinition does. */
export function validateDefinition(definition: string | unknown, options: ValidateDefinitionOptions = {}): ValidationResult {
  const { diagnostics } = analyzeDefinition(definition, options);
  return { result: hasErrors(diagnostics) ? 'FAIL' : 'OK', diagnostics };
}

/** The diagnostics of a definition, and the definition object when it could be read. */
export function analyzeDefinition(
  definition: unknown,
  options: ValidateDefinitionOptions = {},
): { root?: JsonObject; diagnostics: Diagnostic[] } {
  const source = readDefinition(definition);
  if ('diagnostic' in source) return { diagnostics: [source.diagnostic] };
  const context = validationContext(source.root, options.type ?? 'STANDARD', source.duplicateKeys);
  const diagnostics = SCHEMA_PASSES.flatMap((pass) => pass(context));
  if (!hasErrors(diagnostics)) diagnostics.push(...GRAPH_PASSES.flatMap((pass) => pass(context)));
  return { root: source.root, diagnostics };
}
