import { jsonTypeName } from '../json';
import type { JsonataFailure } from './jsonata-failure';

/*
 * The causes AWS gives a States.QueryEvaluationError raised by a JSONata expression. The state
 * adds its own prefix ("An error occurred while executing the state 'X' (entered at the event
 * id #N). "); these are the sentences after it. `field` is the ASL field path relative to the
 * state, as AWS writes it: `Output`, `Arguments/FunctionName`, `Output/values[0]`, `Items`.
 */

function subject(expression: string, field: string | undefined): string {
  const where = field === undefined ? '' : ` specified for the field '${field}'`;
  return `The JSONata expression '${expression}'${where}`;
}

/** The expression evaluated to undefined where a value is required. */
export function returnedNothingCause(expression: string, field?: string): string {
  return `${subject(expression, field)} returned nothing (undefined).`;
}

/** The expression evaluated to something JSON cannot hold, such as a function. */
export function unsupportedResultCause(expression: string, field?: string): string {
  return `${subject(expression, field)} returned an unsupported result type.`;
}

/** The expression evaluated to JSON of a type the field does not accept. */
export function unexpectedResultTypeCause(
  expression: string,
  field: string | undefined,
  expected: string,
  value: unknown,
): string {
  return (
    `${subject(expression, field)} returned an unexpected result type. ` +
    `Expected '${expected}', but was '${jsonTypeName(value)}' for value: ${JSON.stringify(value)}`
  );
}

/**
 * The expression threw. AWS ends the sentence before a coded JSONata error ("... evaluation.
 * T1006: Attempted to invoke a non-function") and joins an uncoded one with a colon.
 */
export function threwErrorCause(expression: string, field: string | undefined, failure: JsonataFailure): string {
  const head = `${subject(expression, field)} threw an error during evaluation`;
  return failure.code === undefined ? `${head}: ${failure.message}` : `${head}. ${failure.code}: ${failure.message}`;
}
