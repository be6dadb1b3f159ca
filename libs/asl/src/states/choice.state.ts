import type { JsonObject } from '../json';
import type { ChoiceDefinition, ChoiceRule } from '../definition/state-machine.definition';
import { fault, statesError } from '../errors/states-error';
import { applyInputPath } from '../fields/input-path';
import { applyOutputPath } from '../fields/output-path';
import { evaluatePayloadTemplate } from '../fields/payload-template';
import { evaluateChoiceRule } from '../choice';
import { evaluateTemplate } from '../jsonata';
import type { Transition } from '../runtime/transition';
import type { StateHandler } from './state-handler';
import { jsonataOutcome } from './state-io';

/** Choice: moves to the Next of the first rule that holds, else to Default. */
export const choiceState: StateHandler<ChoiceDefinition> = {
  run(t, def) {
    return t.queryLanguage(def) === 'JSONata' ? runJsonata(t, def) : runJsonPath(t, def);
  },
};

function runJsonPath(t: Transition, def: ChoiceDefinition): void {
  const raw = t.state.input;
  const effective = applyInputPath(def.InputPath, t.scope(raw));
  const scope = t.scope(effective);
  const rule = def.Choices.find((r) => evaluateChoiceRule(r, scope));
  const next = rule ? (rule.Next as string) : noMatch(def);
  const assign = rule ? (rule.Assign ?? def.Assign) : def.Assign;
  const assigned = assign ? (evaluatePayloadTemplate(assign, scope) as JsonObject) : undefined;
  t.exitState(applyOutputPath(def.OutputPath, t.scope(effective)), assigned, next);
}

async function runJsonata(t: Transition, def: ChoiceDefinition): Promise<void> {
  const bindings = t.bindings();
  const options = t.jsonataOptions();
  let matched: ChoiceRule | undefined;
  for (const rule of def.Choices) {
    const holds = await evaluateTemplate(rule.Condition ?? null, bindings, options, 'Condition');
    if (typeof holds !== 'boolean') {
      fault(statesError.queryEvaluationError(`The Condition field must evaluate to a boolean: ${JSON.stringify(holds)}`));
    }
    if (holds) {
      matched = rule;
      break;
    }
  }
  const next = matched ? (matched.Next as string) : noMatch(def);
  const fields = matched ?? def;
  const { output, assigned } = await jsonataOutcome(
    t,
    { Output: fields.Output ?? def.Output, Assign: (fields.Assign ?? def.Assign) as JsonObject | undefined },
    {},
    t.state.input,
  );
  t.exitState(output, assigned, next);
}

function noMatch(def: ChoiceDefinition): string {
  if (def.Default !== undefined) return def.Default;
  return fault(statesError.noChoiceMatched('No Matches!'));
}
