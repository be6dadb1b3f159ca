import { isJsonObject, type Json, type JsonObject } from '../json';
import { fault, statesError } from '../errors/states-error';
import { evaluateIntrinsic, isIntrinsicFunction } from '../intrinsics';
import { queryPath } from '../path/query-path';
import type { EvalScope } from '../runtime/eval-scope';

/**
 * Evaluates a JSONPath payload template (Parameters, ResultSelector, ItemSelector, Assign):
 * a key ending in `.$` takes the value its path or intrinsic function selects, under the key
 * without the suffix; every other value is copied as is. Templates are never mutated, and a
 * template with no `.$` key anywhere is returned unchanged.
 */
export function evaluatePayloadTemplate(template: Json, scope: EvalScope): Json {
  return isDynamic(template) ? evaluate(template, scope) : template;
}

function evaluate(template: Json, scope: EvalScope): Json {
  if (Array.isArray(template)) return template.map((item) => evaluatePayloadTemplate(item, scope));
  if (!isJsonObject(template)) return template;
  const out: JsonObject = {};
  for (const key of Object.keys(template)) {
    const value = template[key];
    if (key.endsWith('.$') && typeof value === 'string') {
      out[key.slice(0, -2)] = evaluateDynamicValue(key, value, scope);
    } else {
      out[key] = evaluatePayloadTemplate(value, scope);
    }
  }
  return out;
}

/** Evaluates the string of a `.$` field: an intrinsic function call or a path. */
export function evaluateDynamicValue(field: string, expression: string, scope: EvalScope): Json {
  if (isIntrinsicFunction(expression)) return evaluateIntrinsic(expression, scope);
  const selected = queryPath(expression, scope);
  if (!selected.found) {
    fault(
      statesError.runtime(
        `The JSONPath '${expression}' specified for the field '${field}' could not be found in the input '${JSON.stringify(scope.input)}'`,
      ),
    );
  }
  return selected.value;
}

const dynamic = new WeakMap<object, boolean>();

/** True when a template holds a `.$` key at any depth; memoised per template object. */
function isDynamic(template: Json): boolean {
  if (typeof template !== 'object' || template === null) return false;
  let known = dynamic.get(template);
  if (known === undefined) {
    known = Array.isArray(template)
      ? template.some(isDynamic)
      : Object.keys(template).some((key) => key.endsWith('.$') || isDynamic(template[key]));
    dynamic.set(template, known);
  }
  return known;
}
