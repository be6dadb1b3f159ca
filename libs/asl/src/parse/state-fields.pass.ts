import { has, rootLanguage, type StateNode } from './definition-walk';
import { schemaError, type Diagnostic } from './diagnostic';
import {
  ALLOWED_FIELDS,
  EXCLUSIVE_FIELDS,
  JSONATA_ONLY_FIELDS,
  JSONPATH_ONLY_FIELDS,
  REQUIRED_FIELDS,
  STATE_TYPES,
  TRANSITIONING_TYPES,
  isStateType,
} from './state-fields.table';
import type { ValidationContext } from './validation-context';
import {
  checkBoolean,
  checkEnum,
  checkString,
  noneOf,
  notOneOf,
  notSupported,
  onlyOneOf,
  otherLanguageField,
  requiredFields,
} from './value-checks';

const QUERY_LANGUAGES = ['JSONPath', 'JSONata'];
const NEXT_OR_END = ['Next', 'End'];

/**
 * The shape every state must have: a known `Type`, the fields that type requires and no other,
 * fields of its own query language only, and exactly one of `Next`/`End` where it transitions.
 */
export function checkStateFields(context: ValidationContext): Diagnostic[] {
  const downgradeForbidden = rootLanguage(context.root) === 'JSONata';
  return context.states.flatMap((node) => checkState(node, downgradeForbidden));
}

function checkState(node: StateNode, downgradeForbidden: boolean): Diagnostic[] {
  const { state, location } = node;
  const type = state.Type;
  if (type === undefined) return [requiredFields(['Type'], location)];
  if (!isStateType(type)) return [notOneOf(STATE_TYPES, `${location}/Type`)];

  const diagnostics: Diagnostic[] = [];
  const missing = (REQUIRED_FIELDS[type] ?? []).filter((field) => state[field] === undefined);
  if (missing.length > 0) diagnostics.push(requiredFields(missing, location));

  const allowed = ALLOWED_FIELDS[type];
  for (const field of Object.keys(state)) {
    if (!allowed.has(field)) diagnostics.push(notSupported(field, location));
  }

  const downgraded = downgradeForbidden && state.QueryLanguage === 'JSONPath';
  if (downgraded) {
    diagnostics.push(
      schemaError("'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine", location),
    );
  } else {
    diagnostics.push(...otherLanguageFields(node));
  }
  diagnostics.push(...checkEnum(state.QueryLanguage, QUERY_LANGUAGES, `${location}/QueryLanguage`));
  diagnostics.push(...checkString(state.Comment, `${location}/Comment`));

  for (const [a, b] of EXCLUSIVE_FIELDS) {
    if (has(state, a) && has(state, b) && allowed.has(a) && allowed.has(b)) {
      diagnostics.push(onlyOneOf([a, b], `${location}/${a}`));
    }
  }
  if (TRANSITIONING_TYPES.has(type)) diagnostics.push(...checkNextOrEnd(node));
  return diagnostics;
}

/** Fields of the other query language, reported at the state. */
function otherLanguageFields(node: StateNode): Diagnostic[] {
  const { state, language, location } = node;
  const allowed = ALLOWED_FIELDS[state.Type as keyof typeof ALLOWED_FIELDS];
  const foreign = language === 'JSONata' ? JSONPATH_ONLY_FIELDS : JSONATA_ONLY_FIELDS;
  return foreign
    .filter((field) => has(state, field) && allowed.has(field))
    .map((field) => otherLanguageField(language, field, location));
}

function checkNextOrEnd(node: StateNode): Diagnostic[] {
  const { state, location } = node;
  const typeErrors = [...checkString(state.Next, `${location}/Next`), ...checkBoolean(state.End, `${location}/End`)];
  if (typeErrors.length > 0) return typeErrors;
  const ends = state.End === true;
  if (has(state, 'Next') && ends) return [onlyOneOf(NEXT_OR_END, location)];
  if (!has(state, 'Next') && !ends) return [noneOf(NEXT_OR_END, location)];
  return [];
}
