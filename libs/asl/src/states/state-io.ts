import type { Json, JsonObject } from '../json';
import type { CommonFields, ResultFields } from '../definition/state-machine.definition';
import { applyInputPath } from '../fields/input-path';
import { applyOutputPath } from '../fields/output-path';
import { applyResultPath } from '../fields/result-path';
import { evaluatePayloadTemplate } from '../fields/payload-template';
import { evaluateTemplate } from '../jsonata';
import type { Transition } from '../runtime/transition';
import { andThen, type MaybePromise } from '../runtime/maybe-promise';

/** What a state passes on: its output and the variables it assigns. */
export interface StateOutcome {
  readonly output: Json;
  readonly assigned?: JsonObject;
}

/**
 * The input a state works on. JSONPath: InputPath, then the payload template (Parameters or
 * ItemSelector) against it. JSONata: the Arguments template, else the raw input.
 */
export function effectiveInput(
  t: Transition,
  def: CommonFields,
  template: Json | undefined,
  taskToken?: string,
): MaybePromise<Json> {
  const raw = t.state.input;
  if (template === undefined && def.InputPath === undefined) return raw;
  if (t.queryLanguage(def) === 'JSONata') {
    if (template === undefined) return raw;
    return evaluateTemplate(template, t.bindings({ taskToken }), t.jsonataOptions(), 'Arguments');
  }
  const selected = applyInputPath(def.InputPath, t.scope(raw, taskToken));
  return template === undefined ? selected : evaluatePayloadTemplate(template, t.scope(selected, taskToken));
}

/**
 * The outcome of a state that produced a result (Task, Parallel, Map). JSONPath: ResultSelector,
 * ResultPath into the raw input, OutputPath; Assign sees the selected result as `$`. JSONata:
 * Output (default: the result) and Assign, both with `$states.result`.
 */
export function resultOutcome(t: Transition, def: CommonFields & ResultFields, result: Json): MaybePromise<StateOutcome> {
  const raw = t.state.input;
  if (t.queryLanguage(def) === 'JSONata') {
    return jsonataOutcome(t, def, { result }, result);
  }
  const selected = def.ResultSelector ? evaluatePayloadTemplate(def.ResultSelector, t.scope(result)) : result;
  const assigned = def.Assign ? (evaluatePayloadTemplate(def.Assign, t.scope(selected)) as JsonObject) : undefined;
  const combined = applyResultPath(def.ResultPath, raw, selected);
  return { output: applyOutputPath(def.OutputPath, t.scope(combined)), assigned };
}

/** The JSONata Output and Assign of the active state; Output defaults to `fallback`. */
export async function jsonataOutcome(
  t: Transition,
  def: Pick<CommonFields, 'Output' | 'Assign'>,
  extra: { result?: Json },
  fallback: Json,
): Promise<StateOutcome> {
  const bindings = t.bindings(extra);
  const options = t.jsonataOptions();
  const assigned = def.Assign ? ((await evaluateTemplate(def.Assign, bindings, options, 'Assign')) as JsonObject) : undefined;
  const output = def.Output !== undefined ? await evaluateTemplate(def.Output, bindings, options, 'Output') : fallback;
  return { output, assigned };
}

/** The outcome of a state that passes its input on (Wait, Succeed, Choice's Default in JSONPath). */
export function passThroughOutcome(t: Transition, def: CommonFields): MaybePromise<StateOutcome> {
  const raw = t.state.input;
  if (t.queryLanguage(def) === 'JSONata') return jsonataOutcome(t, def, {}, raw);
  const scope = t.scope(raw);
  const selected = applyInputPath(def.InputPath, scope);
  const assigned = def.Assign ? (evaluatePayloadTemplate(def.Assign, scope) as JsonObject) : undefined;
  return { output: applyOutputPath(def.OutputPath, t.scope(selected)), assigned };
}

/** Exits the active state with an outcome, now or when it is ready. */
export function exitWith(t: Transition, outcome: MaybePromise<StateOutcome>): MaybePromise<void> {
  return andThen(outcome, ({ output, assigned }) => t.exitState(output, assigned));
}
