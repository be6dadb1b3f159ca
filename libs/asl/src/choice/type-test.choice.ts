import type { Json } from '../json';
import type { PathResult } from '../path/query-path';
import type { ChoiceOperator, ChoiceOperatorFamily } from './choice-operator';
import { parseTimestamp } from '../time/rfc3339-timestamp';

/** `IsX: true` holds when the value is an X; `IsX: false` when it is not. None has a Path variant. */
function typeTest(isType: (value: Json) => boolean): ChoiceOperator {
  return { compare: (value: Json, expected: Json) => isType(value) === expected, hasPathVariant: false };
}

export const typeTests: ChoiceOperatorFamily = {
  IsNull: typeTest((value) => value === null),
  IsNumeric: typeTest((value) => typeof value === 'number'),
  IsString: typeTest((value) => typeof value === 'string'),
  IsBoolean: typeTest((value) => typeof value === 'boolean'),
  IsTimestamp: typeTest((value) => typeof value === 'string' && parseTimestamp(value) !== null),
};

/** The operator that tests whether the Variable path selects anything at all. */
export const IS_PRESENT = 'IsPresent';

/** IsPresent is the only operator for which a Variable path that selects nothing is not an error. */
export function evaluateIsPresent(variable: PathResult, expected: Json): boolean {
  return variable.found === expected;
}
