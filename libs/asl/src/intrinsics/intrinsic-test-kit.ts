import { StatesFault, type StatesError } from '../errors/states-error';
import type { Json, JsonObject } from '../json';
import { seededEntropy } from '../runtime/entropy';
import type { EvalScope } from '../runtime/eval-scope';
import { evaluateIntrinsic } from './evaluate-intrinsic';

/** Test helpers for the intrinsic specs: a scope, an evaluation, and the failure it raises. */
export function scopeOf(input: Json = {}, variables: JsonObject = {}, context: JsonObject = {}): EvalScope {
  return { input, context, variables, entropy: seededEntropy(42) };
}

export function run(expression: string, input: Json = {}, variables: JsonObject = {}): Json {
  return evaluateIntrinsic(expression, scopeOf(input, variables));
}

/** The StatesError the evaluation raises; fails the test when it succeeds. */
export function failureOf(expression: string, input: Json = {}): StatesError {
  try {
    const value = evaluateIntrinsic(expression, scopeOf(input));
    throw new Error(`expected ${expression} to fail, got ${JSON.stringify(value)}`);
  } catch (error) {
    if (error instanceof StatesFault) return error.statesError;
    throw error;
  }
}

/** The cause AWS gives (after its state prefix) when evaluating `expression` fails with `detail`. */
export function causeFor(expression: string, detail: string): string {
  return `There was an error while evaluating the intrinsic function: ${expression}. ${detail}`;
}

/** The error of a call rejected with AWS's `Invalid arguments in <name>`. */
export function invalidArguments(expression: string, reason?: string): StatesError {
  const name = /^States\.\w+/.exec(expression)?.[0] ?? '';
  return { error: 'States.Runtime', cause: causeFor(expression, `Invalid arguments in ${name}${reason ? `: ${reason}` : ''}`) };
}
