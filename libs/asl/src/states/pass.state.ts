import type { JsonObject } from '../json';
import type { PassDefinition } from '../definition/state-machine.definition';
import { applyInputPath } from '../fields/input-path';
import { applyOutputPath } from '../fields/output-path';
import { applyResultPath } from '../fields/result-path';
import { evaluatePayloadTemplate } from '../fields/payload-template';
import type { StateHandler } from './state-handler';
import { jsonataOutcome } from './state-io';

/** Pass: passes its input on, or a fixed Result, or its Parameters, placed by ResultPath. */
export const passState: StateHandler<PassDefinition> = {
  async run(t, def) {
    const raw = t.state.input;
    if (t.queryLanguage(def) === 'JSONata') {
      const { output, assigned } = await jsonataOutcome(t, def, {}, raw);
      return t.exitState(output, assigned);
    }
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
