import { isJsonObject } from '../json';
import type { MachineScope } from './definition-walk';
import type { Diagnostic } from './diagnostic';
import { BRANCH_FIELDS, MACHINE_FIELDS, PROCESSOR_FIELDS } from './state-fields.table';
import type { ValidationContext } from './validation-context';
import { checkEnum, checkNumber, checkString, expectedType, notSupported, requiredFields } from './value-checks';

/** Largest top-level TimeoutSeconds AWS accepts (0 is accepted too). */
const MAX_MACHINE_TIMEOUT_SECONDS = 99999999;
const QUERY_LANGUAGES = ['JSONPath', 'JSONata'];
const VERSIONS = ['1.0'];

/**
 * The fields of the state machine itself and of every Parallel branch and Map processor:
 * `StartAt` and `States` are required (AWS lists them as `[States, StartAt]`), nothing unknown
 * is allowed, and the root's own fields have types and ranges.
 */
export function checkMachineFields(context: ValidationContext): Diagnostic[] {
  return context.scopes.flatMap(checkScope);
}

function checkScope(scope: MachineScope): Diagnostic[] {
  const { machine } = scope;
  const here = scope.location === '' ? '/' : scope.location;
  const at = (field: string): string => `${scope.location}/${field}`;
  const diagnostics: Diagnostic[] = [];

  const missing = ['States', 'StartAt'].filter((field) => machine[field] === undefined);
  if (missing.length > 0) diagnostics.push(requiredFields(missing, here));

  const allowed = scope.kind === 'root' ? MACHINE_FIELDS : scope.kind === 'branch' ? BRANCH_FIELDS : PROCESSOR_FIELDS;
  for (const field of Object.keys(machine)) {
    if (!allowed.has(field)) diagnostics.push(notSupported(field, here));
  }

  diagnostics.push(...checkString(machine.StartAt, at('StartAt')), ...checkString(machine.Comment, at('Comment')));
  if (machine.States !== undefined && !isJsonObject(machine.States)) {
    diagnostics.push(expectedType(['OBJECT'], at('States')));
  }
  if (scope.kind === 'root') {
    diagnostics.push(
      ...checkEnum(machine.QueryLanguage, QUERY_LANGUAGES, at('QueryLanguage')),
      ...checkEnum(machine.Version, VERSIONS, at('Version')),
      ...checkNumber(machine.TimeoutSeconds, at('TimeoutSeconds'), {
        integer: true,
        min: 0,
        max: MAX_MACHINE_TIMEOUT_SECONDS,
      }),
    );
  }
  return diagnostics;
}
