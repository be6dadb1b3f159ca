import { isJsonObject, type Json, type JsonObject } from '../json';
import { has, type StateNode } from './definition-walk';
import { schemaError, type Diagnostic } from './diagnostic';
import type { ValidationContext } from './validation-context';
import {
  checkEnum,
  checkNumber,
  checkString,
  emptyValue,
  expectedType,
  notSupported,
  otherLanguageField,
  requiredFields,
} from './value-checks';

const STATES_ALL = 'States.ALL';
/** Largest IntervalSeconds and MaxAttempts; AWS accepts 0 for both. */
const MAX_RETRY_VALUE = 99999999;
/** Largest MaxDelaySeconds: 366 days. */
const MAX_DELAY_SECONDS = 31622400;
const RETRIER_FIELDS = new Set([
  'ErrorEquals', 'IntervalSeconds', 'MaxAttempts', 'BackoffRate', 'MaxDelaySeconds', 'JitterStrategy', 'Comment',
]);
const CATCHER_FIELDS = new Set(['ErrorEquals', 'Next', 'ResultPath', 'Output', 'Assign', 'Comment']);
const JITTER_STRATEGIES = ['NONE', 'FULL'];

/** The shape of Retriers and Catchers: ErrorEquals rules, ranges, and the catcher's own language. */
export function checkRetryCatch(context: ValidationContext): Diagnostic[] {
  return context.states
    .filter(({ state }) => state.Type === 'Task' || state.Type === 'Parallel' || state.Type === 'Map')
    .flatMap((node) => [...checkList(node, 'Retry', checkRetrier), ...checkList(node, 'Catch', checkCatcher)]);
}

type EntryCheck = (entry: JsonObject, location: string, node: StateNode) => Diagnostic[];

function checkList(node: StateNode, field: 'Retry' | 'Catch', checkEntry: EntryCheck): Diagnostic[] {
  const list = node.state[field];
  const at = `${node.location}/${field}`;
  if (list === undefined) return [];
  if (!Array.isArray(list)) return [expectedType(['ARRAY'], at)];
  return list.flatMap((entry, i) => {
    const location = `${at}[${i}]`;
    if (!isJsonObject(entry)) return [expectedType(['OBJECT'], location)];
    return [...checkErrorEquals(entry.ErrorEquals, location, i === list.length - 1), ...checkEntry(entry, location, node)];
  });
}

/** `States.ALL` must be the only name of the last entry. */
function checkErrorEquals(errorEquals: Json | undefined, location: string, last: boolean): Diagnostic[] {
  const at = `${location}/ErrorEquals`;
  if (errorEquals === undefined) return [];
  if (!Array.isArray(errorEquals)) return [expectedType(['ARRAY'], at)];
  if (errorEquals.length === 0) return [emptyValue(at)];
  const typeErrors = errorEquals.flatMap((name, i) => checkString(name, `${at}[${i}]`));
  if (typeErrors.length > 0) return typeErrors;
  if (errorEquals.includes(STATES_ALL) && (errorEquals.length > 1 || !last)) {
    return [schemaError(`${STATES_ALL} must appear alone and at end of list`, at)];
  }
  return [];
}

function unknownFields(entry: JsonObject, allowed: ReadonlySet<string>, location: string): Diagnostic[] {
  return Object.keys(entry)
    .filter((field) => !allowed.has(field))
    .map((field) => notSupported(field, location));
}

function checkRetrier(retrier: JsonObject, location: string): Diagnostic[] {
  const at = (field: string): string => `${location}/${field}`;
  return [
    ...(has(retrier, 'ErrorEquals') ? [] : [requiredFields(['ErrorEquals'], location)]),
    ...unknownFields(retrier, RETRIER_FIELDS, location),
    ...checkNumber(retrier.IntervalSeconds, at('IntervalSeconds'), { integer: true, min: 0, max: MAX_RETRY_VALUE }),
    ...checkNumber(retrier.MaxAttempts, at('MaxAttempts'), { integer: true, min: 0, max: MAX_RETRY_VALUE }),
    ...checkNumber(retrier.BackoffRate, at('BackoffRate'), { min: 1 }),
    ...checkNumber(retrier.MaxDelaySeconds, at('MaxDelaySeconds'), { integer: true, min: 1, max: MAX_DELAY_SECONDS }),
    ...checkEnum(retrier.JitterStrategy, JITTER_STRATEGIES, at('JitterStrategy')),
    ...checkString(retrier.Comment, at('Comment')),
  ];
}

function checkCatcher(catcher: JsonObject, location: string, node: StateNode): Diagnostic[] {
  const missing = ['ErrorEquals', 'Next'].filter((field) => !has(catcher, field));
  const foreign = node.language === 'JSONata' ? 'ResultPath' : 'Output';
  return [
    ...(missing.length > 0 ? [requiredFields(missing, location)] : []),
    ...unknownFields(catcher, CATCHER_FIELDS, location),
    ...(has(catcher, foreign) ? [otherLanguageField(node.language, foreign, location)] : []),
    ...checkString(catcher.Next, `${location}/Next`),
    ...checkString(catcher.Comment, `${location}/Comment`),
  ];
}
