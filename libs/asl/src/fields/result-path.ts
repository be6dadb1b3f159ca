import { isJsonObject, type Json, type JsonObject } from '../json';
import { fault, statesError } from '../errors/states-error';
import { parsePath } from '../path/query-path';

/**
 * ResultPath: where the state's result goes in its raw input to form the output.
 * Absent or `$` means the result replaces the input; null means the result is discarded.
 * Only definite `$` paths are allowed (checked at validation); objects on the way are copied,
 * never mutated, and missing ones are created.
 */
export function applyResultPath(resultPath: string | null | undefined, rawInput: Json, result: Json): Json {
  if (resultPath === undefined || resultPath === '$') return result;
  if (resultPath === null) return rawInput;
  const segments = parsePath(resultPath).segments;
  if (!segments) {
    fault(statesError.runtime(`Invalid path '${resultPath}'`));
  }
  return setAt(rawInput, segments, 0, result, resultPath);
}

function setAt(target: Json, segments: (string | number)[], i: number, value: Json, resultPath: string): Json {
  if (i === segments.length) return value;
  const segment = segments[i];
  if (typeof segment === 'number' && Array.isArray(target) && segment < target.length) {
    const copy = target.slice();
    copy[segment] = setAt(target[segment], segments, i + 1, value, resultPath);
    return copy;
  }
  if (typeof segment === 'string' && isJsonObject(target)) {
    const child = Object.prototype.hasOwnProperty.call(target, segment) ? target[segment] : {};
    const copy: JsonObject = { ...target };
    copy[segment] = setAt(child, segments, i + 1, value, resultPath);
    return copy;
  }
  return fault(
    statesError.resultPathMatchFailure(
      `Unable to apply step "${resultPath}" to input ${JSON.stringify(target)}`,
    ),
  );
}
