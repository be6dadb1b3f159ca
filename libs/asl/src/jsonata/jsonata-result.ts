import type { Json, JsonObject } from '../json';
import { setJsonProperty } from './json-property';

/** What an evaluation produced, in JSON terms. */
export type JsonataResult =
  | { readonly kind: 'value'; readonly value: Json }
  | { readonly kind: 'nothing' }
  | { readonly kind: 'unsupported' };

const UNSUPPORTED = Symbol('unsupported');

/**
 * Converts what jsonata returns into plain JSON. jsonata hands back sequences (arrays with extra
 * properties), null-prototype objects and possibly values shared with the bindings; this copies
 * them out. A function anywhere in the value is unsupported. JSON has no non-finite numbers:
 * AWS writes them as the strings "Infinity", "-Infinity" and "NaN" (`1/0` is "Infinity").
 */
export function toJsonataResult(value: unknown): JsonataResult {
  if (value === undefined) return { kind: 'nothing' };
  const json = toJson(value);
  return json === UNSUPPORTED ? { kind: 'unsupported' } : { kind: 'value', value: json };
}

function toJson(value: unknown): Json | typeof UNSUPPORTED {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return toJsonNumber(value);
    case 'object':
      if (value === null) return null;
      return Array.isArray(value) ? toJsonArray(value) : toJsonObject(value as Record<string, unknown>);
    default:
      return UNSUPPORTED; // function (a lambda, a regex, a built-in), symbol, bigint, undefined
  }
}

function toJsonNumber(value: number): Json {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  return value === 0 ? 0 : value; // -0 is written as 0
}

function toJsonArray(values: unknown[]): Json[] | typeof UNSUPPORTED {
  const array: Json[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const item = values[i] === undefined ? null : toJson(values[i]);
    if (item === UNSUPPORTED) return UNSUPPORTED;
    array[i] = item;
  }
  return array;
}

function toJsonObject(value: Record<string, unknown>): JsonObject | typeof UNSUPPORTED {
  // jsonata's function values are objects too: its lambdas and its built-in definitions.
  if ('_jsonata_lambda' in value || '_jsonata_function' in value) return UNSUPPORTED;
  const object: JsonObject = {};
  for (const key of Object.keys(value)) {
    if (value[key] === undefined) continue;
    const item = toJson(value[key]);
    if (item === UNSUPPORTED) return UNSUPPORTED;
    setJsonProperty(object, key, item);
  }
  return object;
}
