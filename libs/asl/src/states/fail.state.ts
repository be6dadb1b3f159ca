import type { Json } from '../json';
import type { FailDefinition } from '../definition/state-machine.definition';
import { evaluateDynamicValue } from '../fields/payload-template';
import { evaluateTemplate } from '../jsonata';
import type { Transition } from '../runtime/transition';
import type { StateHandler } from './state-handler';

/** Fail: ends the run with an error name and cause, fixed or selected from the input. */
export const failState: StateHandler<FailDefinition> = {
  async run(t, def) {
    if (t.queryLanguage(def) === 'JSONata') {
      const bindings = t.bindings();
      const options = t.jsonataOptions();
      const error = def.Error === undefined ? null : await evaluateTemplate(def.Error, bindings, options, 'Error');
      const cause = def.Cause === undefined ? null : await evaluateTemplate(def.Cause, bindings, options, 'Cause');
      return t.failRun({ error: asText(error), cause: asText(cause) });
    }
    const error = def.ErrorPath !== undefined ? select(t, 'ErrorPath', def.ErrorPath) : (def.Error ?? null);
    const cause = def.CausePath !== undefined ? select(t, 'CausePath', def.CausePath) : (def.Cause ?? null);
    t.failRun({ error, cause });
  },
};

function select(t: Transition, field: string, path: string): string | null {
  return asText(evaluateDynamicValue(field, path, t.scope(t.state.input)));
}

function asText(value: Json): string | null {
  if (value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
