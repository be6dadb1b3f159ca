import jsonata from 'jsonata';
import { enforceEvaluationLimits, MAX_EVALUATION_DEPTH } from './evaluation-limits';
import { toJsonataFailure, type JsonataFailure } from './jsonata-failure';
import { newerSyntaxFailure } from './jsonata-version';
import { STEP_FUNCTIONS_DIALECT } from './functions/step-functions-dialect';

/** An expression ready to evaluate, or the syntax error it has. */
export type CompiledExpression =
  | { readonly expression: jsonata.Expression; readonly failure?: undefined }
  | { readonly expression?: undefined; readonly failure: JsonataFailure };

/** Distinct expression texts kept compiled; a definition rarely holds more. */
export const COMPILED_EXPRESSION_CACHE_SIZE = 2000;

const cache = new Map<string, CompiledExpression>();

/**
 * Compiles an expression (the text inside `{% %}`) with Step Functions' dialect, caching by text.
 * A compiled expression holds no per-evaluation state, so evaluations may share it.
 */
export function compileExpression(text: string): CompiledExpression {
  const cached = cache.get(text);
  if (cached !== undefined) {
    cache.delete(text); // re-inserted below: the Map's order is least recently used first
    cache.set(text, cached);
    return cached;
  }
  const compiled = compile(text);
  cache.set(text, compiled);
  if (cache.size > COMPILED_EXPRESSION_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return compiled;
}

/**
 * The syntax error in an expression, without its JSONata code, as AWS words an
 * INVALID_JSONATA_EXPRESSION diagnostic; undefined when the expression parses.
 */
export function jsonataSyntaxError(text: string): string | undefined {
  return compileExpression(text).failure?.message;
}

function compile(text: string): CompiledExpression {
  let expression: jsonata.Expression;
  try {
    expression = jsonata(text, { stack: MAX_EVALUATION_DEPTH });
  } catch (thrown) {
    return { failure: toJsonataFailure(thrown) };
  }
  const newer = newerSyntaxFailure(expression.ast(), text);
  if (newer !== undefined) return { failure: newer };
  for (const fn of STEP_FUNCTIONS_DIALECT) {
    expression.registerFunction(fn.name, fn.implementation, fn.signature);
  }
  // jsonata looks this symbol up after every evaluation step; its typings only allow string names.
  expression.assign(Symbol.for('jsonata.__evaluate_exit') as unknown as string, enforceEvaluationLimits);
  return { expression };
}
