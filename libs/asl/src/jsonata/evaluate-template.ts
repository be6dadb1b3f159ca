import { jsonTypeName, type Json, type JsonObject } from '../json';
import { fault, statesError } from '../errors/states-error';
import { evaluateExpression } from './evaluate-expression';
import type { JsonataBindings, JsonataOptions } from './jsonata-bindings';
import { isJsonataTemplate, jsonataExpressionOf } from './jsonata-template';
import { setJsonProperty } from './json-property';
import { returnedNothingCause, unexpectedResultTypeCause } from './query-evaluation-cause';

/** A JSON type name as AWS writes it in causes ("Expected 'array', but was 'number'"). */
export type JsonTypeName = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

/**
 * Evaluates a field value of a JSONata state: a `{% %}` string is evaluated; objects and arrays
 * are walked (keys are never evaluated); anything else is a constant. Parts holding no template
 * are returned as they are, not copied: treat the result as immutable.
 *
 * `field` is the ASL field (`Arguments`, `Output`, `Items`, `Choices[0]/Condition`, ...); the
 * walk extends it as AWS does in causes, `/key` per object key and `[i]` per array index.
 * `expected` is the JSON type the field requires of a template's result (`Items`: 'array').
 *
 * Throws a StatesFault with States.QueryEvaluationError, AWS's cause included, when an
 * expression fails, returns nothing, or returns a value of the wrong type.
 */
export async function evaluateTemplate(
  value: Json,
  bindings: JsonataBindings,
  options: JsonataOptions,
  field?: string,
  expected?: JsonTypeName,
): Promise<Json> {
  if (typeof value === 'string') {
    return isJsonataTemplate(value) ? evaluateField(value, bindings, options, field, expected) : value;
  }
  if (typeof value !== 'object' || value === null || !holdsTemplate(value)) return value;
  // One at a time: $uuid() and $random() then draw from the Entropy in a fixed order.
  if (Array.isArray(value)) {
    const array: Json[] = [];
    for (let i = 0; i < value.length; i++) {
      array.push(await evaluateTemplate(value[i], bindings, options, `${field ?? ''}[${i}]`));
    }
    return array;
  }
  const object: JsonObject = {};
  for (const key of Object.keys(value)) {
    const path = field === undefined ? key : `${field}/${key}`;
    setJsonProperty(object, key, await evaluateTemplate(value[key], bindings, options, path));
  }
  return object;
}

async function evaluateField(
  template: string,
  bindings: JsonataBindings,
  options: JsonataOptions,
  field: string | undefined,
  expected: JsonTypeName | undefined,
): Promise<Json> {
  const expression = jsonataExpressionOf(template);
  const result = await evaluateExpression(expression, bindings, options, field);
  if (result === undefined) fault(statesError.queryEvaluationError(returnedNothingCause(expression, field)));
  if (expected !== undefined && jsonTypeName(result) !== expected) {
    fault(statesError.queryEvaluationError(unexpectedResultTypeCause(expression, field, expected, result)));
  }
  return result;
}

/**
 * Whether an object or array holds a template anywhere, remembered per object: definitions are
 * parsed once and never changed, so a state's templates are scanned once.
 */
const templateHolders = new WeakMap<object, boolean>();

function holdsTemplate(value: Json[] | JsonObject): boolean {
  let holds = templateHolders.get(value);
  if (holds === undefined) {
    holds = (Array.isArray(value) ? value : Object.values(value)).some(isOrHoldsTemplate);
    templateHolders.set(value, holds);
  }
  return holds;
}

function isOrHoldsTemplate(item: Json): boolean {
  if (typeof item === 'string') return isJsonataTemplate(item);
  return typeof item === 'object' && item !== null && holdsTemplate(item);
}
