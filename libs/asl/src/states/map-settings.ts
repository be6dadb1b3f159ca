import { jsonTypeName, type Json } from '../json';
import type { MapDefinition } from '../definition/state-machine.definition';
import { fault, statesError } from '../errors/states-error';
import { applyInputPath } from '../fields/input-path';
import { missingPathCause } from '../path/describe-path';
import { queryPath } from '../path/query-path';
import { evaluateTemplate, isJsonataTemplate } from '../jsonata';
import type { Transition } from '../runtime/transition';

/** What a Map state iterates over and how, resolved from its fields on entry. */
export interface MapSettings {
  readonly items: Json[];
  /** `$` for a JSONPath ItemSelector: the Map's effective input. */
  readonly selectorInput: Json;
  readonly maxConcurrency: number;
  readonly toleratedFailureCount?: number;
  readonly toleratedFailurePercentage?: number;
}

export async function resolveMapSettings(t: Transition, def: MapDefinition): Promise<MapSettings> {
  if (def.ItemReader !== undefined) {
    fault(statesError.itemReaderFailed(`The ItemReader resource '${String(def.ItemReader.Resource)}' is not available: Stepwise reads Map items from the state input.`));
  }
  const jsonata = t.queryLanguage(def) === 'JSONata';
  const raw = t.state.input;
  const selectorInput = jsonata ? raw : applyInputPath(def.InputPath, t.scope(raw));
  const items = jsonata ? await jsonataItems(t, def) : jsonPathItems(t, def, selectorInput);
  const number = (field: NumberField, kind: 'integer' | 'float') => resolveNumber(t, def, field, selectorInput, kind);
  const maxConcurrency = (await number('MaxConcurrency', 'integer')) ?? 0;
  const toleratedFailureCount = await number('ToleratedFailureCount', 'integer');
  if (toleratedFailureCount !== undefined && toleratedFailureCount < 0) {
    fault(statesError.runtime('ToleratedFailureCount cannot be negative.'));
  }
  const toleratedFailurePercentage = await number('ToleratedFailurePercentage', 'float');
  if (toleratedFailurePercentage !== undefined && (toleratedFailurePercentage < 0 || toleratedFailurePercentage > 100)) {
    fault(statesError.runtime('ToleratedFailurePercentage must be between 0 and 100.'));
  }
  return { items, selectorInput, maxConcurrency, toleratedFailureCount, toleratedFailurePercentage };
}

function jsonPathItems(t: Transition, def: MapDefinition, effective: Json): Json[] {
  let items = effective;
  if (def.ItemsPath !== undefined && def.ItemsPath !== '$') {
    const selected = queryPath(def.ItemsPath, t.scope(effective));
    if (!selected.found) {
      fault(statesError.runtime(missingPathCause(def.ItemsPath, effective)));
    }
    items = selected.value;
  }
  if (!Array.isArray(items)) {
    fault(statesError.runtime(`Map state input must be an array but was: ${JSON.stringify(items)}`));
  }
  return items;
}

async function jsonataItems(t: Transition, def: MapDefinition): Promise<Json[]> {
  if (def.Items === undefined) {
    const input = t.state.input;
    if (!Array.isArray(input)) {
      fault(statesError.queryEvaluationError(`Map state input must be an array but was: ${JSON.stringify(input)}`));
    }
    return input;
  }
  const items = await evaluateTemplate(def.Items, t.bindings(), t.jsonataOptions(), 'Items');
  if (!Array.isArray(items)) {
    const expression = isJsonataTemplate(def.Items) ? def.Items.trim().slice(2, -2).trim() : JSON.stringify(def.Items);
    fault(
      statesError.queryEvaluationError(
        `The JSONata expression '${expression}' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was '${jsonTypeName(items)}' for value: ${JSON.stringify(items)}`,
      ),
    );
  }
  return items;
}

type NumberField = 'MaxConcurrency' | 'ToleratedFailureCount' | 'ToleratedFailurePercentage';

/** A numeric Map field from its literal, its `Path` form or a JSONata template. */
async function resolveNumber(
  t: Transition,
  def: MapDefinition,
  field: NumberField,
  effective: Json,
  kind: 'integer' | 'float',
): Promise<number | undefined> {
  const literal = def[field];
  if (typeof literal === 'number') return literal;
  if (typeof literal === 'string') {
    const value = await evaluateTemplate(literal, t.bindings(), t.jsonataOptions(), field);
    if (typeof value !== 'number') {
      fault(statesError.queryEvaluationError(`The ${field} field must evaluate to a number: ${JSON.stringify(value)}`));
    }
    return value;
  }
  const path = def[`${field}Path`];
  if (path === undefined) return undefined;
  const selected = queryPath(path, t.scope(effective));
  const value = selected.found ? selected.value : null;
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  const valid = typeof number === 'number' && Number.isFinite(number) && (kind === 'float' || Number.isInteger(number));
  if (!valid) {
    const shown = typeof value === 'string' ? value : JSON.stringify(value);
    fault(statesError.runtime(`The ${field}Path field refers to value "${shown}" which is not a valid ${kind}: ${path}`));
  }
  return number;
}
