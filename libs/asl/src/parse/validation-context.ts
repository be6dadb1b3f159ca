import type { JsonObject } from '../json';
import { allScopes, statesOf, type MachineScope, type StateNode } from './definition-walk';
import type { Diagnostic } from './diagnostic';
import type { DuplicateKey } from './jackson-json.parse';

/** The workflow type a definition is validated for. */
export type WorkflowType = 'STANDARD' | 'EXPRESS';

/** What every validation pass reads: the raw definition, walked once. */
export interface ValidationContext {
  readonly root: JsonObject;
  readonly type: WorkflowType;
  readonly scopes: readonly MachineScope[];
  readonly states: readonly StateNode[];
  /** Keys the JSON text repeated inside one object (only known when the definition was a string). */
  readonly duplicateKeys: readonly DuplicateKey[];
}

export function validationContext(
  root: JsonObject,
  type: WorkflowType,
  duplicateKeys: readonly DuplicateKey[] = [],
): ValidationContext {
  const scopes = allScopes(root);
  return { root, type, scopes, states: scopes.flatMap(statesOf), duplicateKeys };
}

/** A static check over the whole definition. */
export type ValidationPass = (context: ValidationContext) => Diagnostic[];
