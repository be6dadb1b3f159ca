import { isJsonObject, type Json } from '../json';
import type { StateNode } from './definition-walk';
import { schemaError, type Diagnostic } from './diagnostic';
import type { ValidationContext } from './validation-context';

/** Longest variable name AWS accepts. */
const MAX_VARIABLE_NAME_LENGTH = 80;
const VARIABLE_NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/** The names `Assign` gives variables, in states, Catchers and Choice rules. */
export function checkVariableNames(context: ValidationContext): Diagnostic[] {
  return context.states.flatMap((node) => {
    const { state, location } = node;
    const diagnostics = checkAssign(state.Assign, `${location}/Assign`, node);
    for (const list of ['Catch', 'Choices']) {
      const entries = state[list];
      if (!Array.isArray(entries)) continue;
      entries.forEach((entry, i) => {
        if (isJsonObject(entry)) diagnostics.push(...checkAssign(entry.Assign, `${location}/${list}[${i}]/Assign`, node));
      });
    }
    return diagnostics;
  });
}

function checkAssign(assign: Json | undefined, location: string, node: StateNode): Diagnostic[] {
  if (assign === undefined) return [];
  if (!isJsonObject(assign)) return [schemaError('Expected value of type [OBJECT]', location)];
  return Object.keys(assign).flatMap((key) => {
    // In JSONPath, a trailing `.$` marks a value to evaluate; it is not part of the name.
    const name = node.language === 'JSONPath' && key.endsWith('.$') ? key.slice(0, -2) : key;
    if (VARIABLE_NAME.test(name) && name.length <= MAX_VARIABLE_NAME_LENGTH) return [];
    return [
      schemaError(
        `The variable name '${name}' is invalid: it must start with a letter or an underscore, contain only ` +
          `letters, digits and underscores, and be at most ${MAX_VARIABLE_NAME_LENGTH} characters long`,
        location,
      ),
    ];
  });
}
