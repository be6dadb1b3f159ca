import type { Json } from '../json';
import { fault, statesError } from '../errors/states-error';
import { queryPath } from '../path/query-path';
import type { EvalScope } from '../runtime/eval-scope';
import { missingPathCause } from '../path/describe-path';

/**
 * InputPath: selects the part of the raw state input the state works on.
 * Absent means `$`; null means an empty object.
 */
export function applyInputPath(inputPath: string | null | undefined, scope: EvalScope): Json {
  if (inputPath === undefined || inputPath === '$') return scope.input;
  if (inputPath === null) return {};
  const selected = queryPath(inputPath, scope);
  if (!selected.found) {
    fault(statesError.runtime(missingPathCause(inputPath, scope.input)));
  }
  return selected.value;
}
