export { isJsonataTemplate, jsonataExpressionOf } from './jsonata-template';
export type { JsonataBindings, JsonataOptions, StatesVariable } from './jsonata-bindings';
export { evaluateExpression } from './evaluate-expression';
export { evaluateTemplate, type JsonTypeName } from './evaluate-template';
export { jsonataSyntaxError } from './compile-expression';
export {
  returnedNothingCause,
  unexpectedResultTypeCause,
  unsupportedResultCause,
  threwErrorCause,
} from './query-evaluation-cause';
