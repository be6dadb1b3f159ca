import type { Json, JsonObject } from '../json';
import type { MapDefinition } from '../definition/state-machine.definition';
import { evaluateDynamicValue, evaluatePayloadTemplate } from '../fields/payload-template';
import { evaluateTemplate } from '../jsonata';
import type { Transition } from '../runtime/transition';

/** The input of one iteration: the item as ItemSelector (or legacy Parameters) reshapes it. */
export async function itemInput(t: Transition, def: MapDefinition, selectorInput: Json, index: number, value: Json): Promise<Json> {
  const selector = def.ItemSelector ?? def.Parameters;
  if (selector === undefined) return value;
  const item = { Index: index, Value: value };
  if (t.queryLanguage(def) === 'JSONata') {
    const bindings = t.bindings();
    bindings.states.context = { ...bindings.states.context, Map: { Item: item } };
    return evaluateTemplate(selector, bindings, t.jsonataOptions(), 'ItemSelector');
  }
  const scope = t.scope(selectorInput);
  const context: JsonObject = { ...scope.context, Map: { Item: item } };
  return evaluatePayloadTemplate(selector, { input: selectorInput, variables: scope.variables, entropy: scope.entropy, context });
}

/** Groups iteration inputs into ItemBatcher batches: `{ Items: [...], BatchInput? }`. */
export async function batchItems(t: Transition, def: MapDefinition, inputs: Json[]): Promise<Json[]> {
  const batcher = def.ItemBatcher;
  if (!batcher) return inputs;
  const maxItems = await batchLimit(t, batcher.MaxItemsPerBatch, batcher.MaxItemsPerBatchPath, 'MaxItemsPerBatch');
  const maxBytes = await batchLimit(t, batcher.MaxInputBytesPerBatch, batcher.MaxInputBytesPerBatchPath, 'MaxInputBytesPerBatch');
  const batchInput =
    batcher.BatchInput === undefined
      ? undefined
      : t.queryLanguage(def) === 'JSONata'
        ? await evaluateTemplate(batcher.BatchInput, t.bindings(), t.jsonataOptions(), 'BatchInput')
        : evaluatePayloadTemplate(batcher.BatchInput, t.scope(t.state.input));
  const batches: Json[] = [];
  let current: Json[] = [];
  let bytes = 0;
  const flush = () => {
    if (current.length === 0) return;
    batches.push(batchInput === undefined ? { Items: current } : { BatchInput: batchInput, Items: current });
    current = [];
    bytes = 0;
  };
  for (const input of inputs) {
    const size = JSON.stringify(input).length;
    if (current.length > 0 && ((maxItems && current.length >= maxItems) || (maxBytes && bytes + size > maxBytes))) flush();
    current.push(input);
    bytes += size;
  }
  flush();
  return batches;
}

async function batchLimit(t: Transition, literal: number | string | undefined, path: string | undefined, field: string): Promise<number | undefined> {
  if (typeof literal === 'number') return literal;
  if (typeof literal === 'string') return Number(await evaluateTemplate(literal, t.bindings(), t.jsonataOptions(), field));
  if (path === undefined) return undefined;
  return Number(evaluateDynamicValue(`${field}Path`, path, t.scope(t.state.input)));
}
