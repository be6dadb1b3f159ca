import { isJsonObject, type Json } from '../json';
import { choiceRules, isComparisonOperator } from './choice-rules.pass';
import type { StateNode } from './definition-walk';
import { DiagnosticCode, schemaError, warning, type Diagnostic } from './diagnostic';
import { isIntrinsicCall } from './intrinsic-call.syntax';
import { parseJsonPathSyntax } from './json-path.syntax';
import type { ValidationContext } from './validation-context';
import { expectedType } from './value-checks';

/** How a path field is read: any JSONPath, a Reference Path, or also an intrinsic function call. */
type PathKind = 'path' | 'reference' | 'result' | 'pathOrIntrinsic';

const STATE_PATH_FIELDS: Readonly<Record<string, PathKind>> = {
  InputPath: 'path',
  OutputPath: 'path',
  ResultPath: 'result',
  ItemsPath: 'reference',
  SecondsPath: 'reference',
  TimestampPath: 'reference',
  TimeoutSecondsPath: 'reference',
  HeartbeatSecondsPath: 'reference',
  MaxConcurrencyPath: 'reference',
  ToleratedFailurePercentagePath: 'reference',
  ToleratedFailureCountPath: 'reference',
  ErrorPath: 'pathOrIntrinsic',
  CausePath: 'pathOrIntrinsic',
};
/** Only these may be `null` (meaning: the empty object / discard). */
const NULLABLE = new Set(['InputPath', 'OutputPath', 'ResultPath']);
const PAYLOAD_FIELDS = ['Parameters', 'ResultSelector', 'ItemSelector', 'Assign', 'Credentials'];
const LOOKS_LIKE_PATH = /^\$(\$)?(\.|\[|$)|^States\.[A-Za-z0-9]+\(/;

/**
 * Paths of JSONPath states: path fields must parse (Reference Paths where one value is meant,
 * ResultPath into the input only), and every `.$` field of a payload template must hold a JSONPath
 * or an intrinsic function call. JSONata states carry no paths: their fields are refused elsewhere.
 */
export function checkPaths(context: ValidationContext): Diagnostic[] {
  return context.states.filter((node) => node.language === 'JSONPath').flatMap(checkState);
}

function checkState(node: StateNode): Diagnostic[] {
  const { state, location } = node;
  const diagnostics: Diagnostic[] = [];
  for (const [field, kind] of Object.entries(STATE_PATH_FIELDS)) {
    diagnostics.push(...checkPathField(field, state[field], kind, `${location}/${field}`));
  }
  for (const field of PAYLOAD_FIELDS) diagnostics.push(...checkPayload(state[field], `${location}/${field}`));
  if (state.Type === 'Map') {
    for (const [field, nested] of [['ItemReader', 'Parameters'], ['ResultWriter', 'Parameters'], ['ItemBatcher', 'BatchInput']]) {
      const holder = state[field];
      if (isJsonObject(holder)) diagnostics.push(...checkPayload(holder[nested], `${location}/${field}/${nested}`));
    }
    diagnostics.push(...checkMapLimitPaths(node));
  }
  if (state.Type === 'Pass' && hasDollarKey(state.Result)) {
    const message = 'The Result of a Pass state is static: its fields ending in .$ are not evaluated';
    diagnostics.push(warning(DiagnosticCode.PassResultIsStatic, message, `${location}/Result`));
  }
  if (Array.isArray(state.Catch)) {
    state.Catch.forEach((catcher, i) => {
      if (!isJsonObject(catcher)) return;
      const at = `${location}/Catch[${i}]`;
      diagnostics.push(...checkPathField('ResultPath', catcher.ResultPath, 'result', `${at}/ResultPath`));
      diagnostics.push(...checkPayload(catcher.Assign, `${at}/Assign`));
    });
  }
  for (const { rule, location: at } of choiceRules(node)) {
    for (const [field, value] of Object.entries(rule)) {
      if (field === 'Variable' || (isComparisonOperator(field) && field.endsWith('Path'))) {
        diagnostics.push(...checkPathField(field, value, 'path', `${at}/${field}`));
      }
    }
    diagnostics.push(...checkPayload(rule.Assign, `${at}/Assign`));
  }
  return diagnostics;
}

function checkMapLimitPaths({ state, location }: StateNode): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const reader = state.ItemReader;
  if (isJsonObject(reader) && isJsonObject(reader.ReaderConfig)) {
    const at = `${location}/ItemReader/ReaderConfig/MaxItemsPath`;
    diagnostics.push(...checkPathField('MaxItemsPath', reader.ReaderConfig.MaxItemsPath, 'reference', at));
  }
  const batcher = state.ItemBatcher;
  if (isJsonObject(batcher)) {
    for (const field of ['MaxItemsPerBatchPath', 'MaxInputBytesPerBatchPath']) {
      diagnostics.push(...checkPathField(field, batcher[field], 'reference', `${location}/ItemBatcher/${field}`));
    }
  }
  return diagnostics;
}

function checkPathField(field: string, value: Json | undefined, kind: PathKind, location: string): Diagnostic[] {
  if (value === undefined || (value === null && NULLABLE.has(field))) return [];
  if (typeof value !== 'string') return [expectedType(['STRING'], location)];
  if (kind === 'pathOrIntrinsic') {
    return isPathOrIntrinsic(value) ? [] : [pathOrIntrinsicError(field, location)];
  }
  const syntax = parseJsonPathSyntax(value);
  if (syntax === null) return [schemaError(`The value for the field '${field}' must be a valid JSONPath`, location)];
  const referenceOk = syntax.definite && (kind !== 'result' || syntax.root === 'input');
  if (kind !== 'path' && !referenceOk) {
    return [schemaError(`The value for the field '${field}' must be a valid ReferencePath`, location)];
  }
  return [];
}

function isPathOrIntrinsic(value: string): boolean {
  return value.startsWith('States.') ? isIntrinsicCall(value) : parseJsonPathSyntax(value) !== null;
}

function pathOrIntrinsicError(field: string, location: string): Diagnostic {
  return schemaError(`The value for the field '${field}' must be a valid JSONPath or a valid intrinsic function call`, location);
}

/** Walks a payload template; every `.$` field must hold a path or an intrinsic function call. */
function checkPayload(template: Json | undefined, location: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const visit = (value: Json): void => {
    if (Array.isArray(value)) value.forEach(visit);
    if (!isJsonObject(value)) return;
    for (const [key, inner] of Object.entries(value)) {
      if (key.endsWith('.$')) {
        if (typeof inner !== 'string' || !isPathOrIntrinsic(inner)) diagnostics.push(pathOrIntrinsicError(key, location));
      } else if (typeof inner === 'string' && LOOKS_LIKE_PATH.test(inner)) {
        const message = `The field '${key}' holds a path or an intrinsic function, but its name does not end with '.$'`;
        diagnostics.push(warning(DiagnosticCode.NoDollar, message, location));
      } else {
        visit(inner);
      }
    }
  };
  if (template !== undefined) visit(template);
  return diagnostics;
}

function hasDollarKey(value: Json | undefined): boolean {
  if (Array.isArray(value)) return value.some(hasDollarKey);
  if (!isJsonObject(value)) return false;
  return Object.entries(value).some(([key, inner]) => key.endsWith('.$') || hasDollarKey(inner));
}
