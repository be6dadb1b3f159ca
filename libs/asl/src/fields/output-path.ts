import type { Json } from '../json';
import { fault, statesError } from '../errors/states-error';
import { queryPath } from '../path/query-path';
import type { EvalScope } from '../runtime/eval-scope';
import { missingPathCause } from '../path/describe-path';

/**
 * OutputPath: selects the part of the state's output passed on.
 * Absent means `$`; null means an empty object.
 */
export function applyOutputPath(outputPath: string | null | undefined, output: Json, scope: EvalScope): Json {
  if (outputPath === undefined || outputPath === '$') return output;
  if (outputPath === null) return {};
  const selected = queryPath(outputPath, { ...scope, input: output });
  if (!selected.found) {
    fault(statesError.runtime(missingPathCause(outputPath, output)));
  }
  return selected.value;
}
