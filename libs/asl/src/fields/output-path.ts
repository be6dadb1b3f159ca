import type { Json } from '../json';
import { fault, statesError } from '../errors/states-error';
import { queryPath } from '../path/query-path';
import type { EvalScope } from '../runtime/eval-scope';
import { missingPathCause } from '../path/describe-path';

/**
 * OutputPath: selects the part of the state's output passed on.
 * Absent means `$`; null means an empty object. `scope.input` is the output it selects from.
 */
export function applyOutputPath(outputPath: string | null | undefined, scope: EvalScope): Json {
  if (outputPath === undefined || outputPath === '$') return scope.input;
  if (outputPath === null) return {};
  const selected = queryPath(outputPath, scope);
  if (!selected.found) {
    fault(statesError.runtime(missingPathCause(outputPath, scope.input)));
  }
  return selected.value;
}
