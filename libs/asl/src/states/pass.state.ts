import type { JsonObject } from '../json';
import type { PassDefinition } from '../definition/state-machine.definition';
import { applyInputPath } from '../fields/input-path';
import { applyOutputPath } from '../fields/output-path';
import { applyResultPath } from '../fields/result-path';
import { evaluatePayloadTemplate } from '../fields/payload-template';
import type { StateHandler } from './state-handler';
import { exitWith, jsonataOutcome } from './state-io';

/** Pass: passes its input on, or a fixed Result, or its Parameters, placed by ResultPath. */
export const passState: StateHandler<PassDefinition> = {
  run(t, def) {
    const raw = t.state.input;
    if (t.queryLanguage(def) === 'JSONata') return exitWith(t, jsonataOutcome(t, def, {}, raw));
    const scope = t.scope(raw);
    const effective = applyInputPath(def.InputPath, scope);
    const result =
      def.Result !== undefined
        ? def.Result
        : def.Parameters !== undefined
          ? evaluatePayloadTemplate(def.Parameters, t.scope(effective))
          : effective;
    const assigned = def.Assign ? (evaluatePayloadTemplate(def.Assign, t.scope(result)) as JsonObject) : undefined;
    const output = applyOutputPath(def.OutputPath, t.scope(applyResultPath(def.ResultPath, raw, result)));
    t.exitState(output, assigned);
  },
};
