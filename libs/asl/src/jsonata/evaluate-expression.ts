import type { Json } from '../json';
import { fault, statesError } from '../errors/states-error';
import { compileExpression } from './compile-expression';
import type { JsonataBindings, JsonataOptions } from './jsonata-bindings';
import { toJsonataFailure } from './jsonata-failure';
import { toJsonataResult } from './jsonata-result';
import { RUNTIME_BINDING, type JsonataRuntime } from './jsonata-runtime';
import { DISABLED_BUILTINS } from './functions/step-functions-dialect';
import { threwErrorCause, unsupportedResultCause } from './query-evaluation-cause';

/**
 * Evaluates one JSONata expression (the text inside `{% %}`) against `$states` and the workflow
 * variables. Resolves to undefined when the expression returns nothing: whether that is an error
 * is the field's to say (evaluateTemplate says it is).
 *
 * Throws a StatesFault with States.QueryEvaluationError when the expression does not parse,
 * throws, or returns something JSON cannot hold. `field` names the ASL field in the cause.
 */
export async function evaluateExpression(
  expression: string,
  bindings: JsonataBindings,
  options: JsonataOptions,
  field?: string,
): Promise<Json | undefined> {
  const compiled = compileExpression(expression);
  if (compiled.failure !== undefined) {
    fault(statesError.queryEvaluationError(threwErrorCause(expression, field, compiled.failure)));
  }
  let raw: unknown;
  try {
    raw = await compiled.expression.evaluate(undefined, jsonataBindings(bindings, options));
  } catch (thrown) {
    fault(statesError.queryEvaluationError(threwErrorCause(expression, field, toJsonataFailure(thrown))));
  }
  const result = toJsonataResult(raw);
  if (result.kind === 'unsupported') {
    fault(statesError.queryEvaluationError(unsupportedResultCause(expression, field)));
  }
  return result.kind === 'value' ? result.value : undefined;
}

/** jsonata's variable bindings: each workflow variable as `$name`, then `$states` over them. */
function jsonataBindings(bindings: JsonataBindings, options: JsonataOptions): Record<string, unknown> {
  const runtime: JsonataRuntime = { entropy: options.entropy, now: options.now, steps: 0 };
  const values: Record<string, unknown> = Object.create(null); // a "__proto__" variable stays a variable
  // Bound as undefined, a disabled built-in is hidden: jsonata does not look past a bound name.
  for (const name of DISABLED_BUILTINS) values[name] = undefined;
  Object.assign(values, bindings.variables);
  values.states = statesValue(bindings);
  values[RUNTIME_BINDING] = runtime;
  return values;
}

function statesValue({ states }: JsonataBindings): Record<string, Json> {
  const value: Record<string, Json> = { input: states.input, context: states.context };
  if (states.result !== undefined) value.result = states.result;
  if (states.errorOutput !== undefined) value.errorOutput = states.errorOutput;
  return value;
}
