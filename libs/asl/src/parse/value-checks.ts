import type { Json } from '../json';
import { schemaError, type Diagnostic } from './diagnostic';

/** A JSONata template: the whole string is `{% expression %}`. */
export function isJsonataTemplate(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('{%') && value.endsWith('%}');
}

/** The expression inside a `{% %}` template. */
export function jsonataBody(template: string): string {
  return template.slice(2, -2);
}

export function expectedType(types: readonly string[], location: string): Diagnostic {
  return schemaError(`Expected value of type [${types.join(', ')}]`, location);
}

export function notOneOf(allowed: readonly string[], location: string): Diagnostic {
  return schemaError(`Value should be one of the following: [${allowed.join(', ')}]`, location);
}

export function requiredFields(missing: readonly string[], location: string): Diagnostic {
  return schemaError(`These fields are required: [${missing.join(', ')}]`, location);
}

export function notSupported(field: string, location: string): Diagnostic {
  return schemaError(`Field '${field}' is not supported`, location);
}

export function onlyOneOf(fields: readonly string[], location: string): Diagnostic {
  return schemaError(`There should only be one of the following fields: [${fields.join(', ')}]`, location);
}

/** None of the alternatives is present. */
export function noneOf(fields: readonly string[], location: string): Diagnostic {
  return schemaError(`This object should have only one of the following fields: [${fields.join(', ')}]`, location);
}

/** A field of the other query language. */
export function otherLanguageField(language: 'JSONPath' | 'JSONata', field: string, location: string): Diagnostic {
  const other = language === 'JSONata' ? 'JSONPath' : 'JSONata';
  return schemaError(
    `The QueryLanguage is set to '${language}', but field '${field}' is only supported for the '${other}' QueryLanguage`,
    location,
  );
}

export function emptyValue(location: string): Diagnostic {
  return schemaError('Value cannot be empty', location);
}

export function checkString(value: Json | undefined, location: string): Diagnostic[] {
  return value === undefined || typeof value === 'string' ? [] : [expectedType(['STRING'], location)];
}

export function checkBoolean(value: Json | undefined, location: string): Diagnostic[] {
  return value === undefined || typeof value === 'boolean' ? [] : [expectedType(['BOOLEAN'], location)];
}

export function checkEnum(value: Json | undefined, allowed: readonly string[], location: string): Diagnostic[] {
  if (value === undefined) return [];
  if (typeof value !== 'string') return [expectedType(['STRING'], location)];
  return allowed.includes(value) ? [] : [notOneOf(allowed, location)];
}

export interface NumberRule {
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  /** JSONata states may give the value as a `{% %}` template instead. */
  readonly jsonata?: boolean;
}

/** Type and range of a numeric field: `Minimum value is N`, `Maximum value is N`. */
export function checkNumber(value: Json | undefined, location: string, rule: NumberRule): Diagnostic[] {
  if (value === undefined) return [];
  if (rule.jsonata && isJsonataTemplate(value)) return [];
  if (typeof value !== 'number' || (rule.integer && !Number.isInteger(value))) {
    return [expectedType([rule.integer ? 'INTEGER' : 'NUMBER'], location)];
  }
  if (rule.min !== undefined && value < rule.min) return [schemaError(`Minimum value is ${rule.min}`, location)];
  if (rule.max !== undefined && value > rule.max) return [schemaError(`Maximum value is ${rule.max}`, location)];
  return [];
}
