import { isJsonObject, type JsonObject } from '../json';
import { DiagnosticCode, error, type Diagnostic } from './diagnostic';
import { parseJsonText, type DuplicateKey } from './jackson-json.parse';

/** The definition as an object to validate, or the diagnostic that stops validation at once. */
export type DefinitionSource =
  | { readonly root: JsonObject; readonly duplicateKeys: readonly DuplicateKey[] }
  | { readonly diagnostic: Diagnostic };

const NOT_AN_OBJECT = error(DiagnosticCode.SchemaValidationFailed, 'Definition must be a valid JSON object');

/** Reads a definition given as JSON text (the API's form) or as an already parsed value. */
export function readDefinition(definition: unknown): DefinitionSource {
  if (typeof definition !== 'string') {
    // A JSON round trip drops `undefined` fields and anything else JSON text could not hold.
    return isJsonObject(definition)
      ? { root: JSON.parse(JSON.stringify(definition)) as JsonObject, duplicateKeys: [] }
      : { diagnostic: NOT_AN_OBJECT };
  }
  const parsed = parseJsonText(definition);
  if (!parsed.ok) return { diagnostic: error(DiagnosticCode.InvalidJsonDescription, parsed.message, parsed.location) };
  return isJsonObject(parsed.value) ? { root: parsed.value, duplicateKeys: parsed.duplicateKeys } : { diagnostic: NOT_AN_OBJECT };
}
