import { isJsonObject } from '../json';
import { has, type StateNode } from './definition-walk';
import { schemaError, type Diagnostic } from './diagnostic';
import { isRfc3339Timestamp } from '../time/rfc3339-timestamp';
import type { ValidationContext } from './validation-context';
import { checkNumber, checkString, emptyValue, expectedType, isJsonataTemplate, noneOf, onlyOneOf } from './value-checks';

/** Largest TimeoutSeconds, HeartbeatSeconds and Wait Seconds AWS accepts. */
const MAX_SECONDS = 99999999;
const WAIT_FIELDS = ['SecondsPath', 'Seconds', 'TimestampPath', 'Timestamp'];

/** Types and ranges of the Task, Wait, Fail, Parallel and Choice fields that are plain values. */
export function checkFieldValues(context: ValidationContext): Diagnostic[] {
  return context.states.flatMap((node) => {
    switch (node.state.Type) {
      case 'Task':
        return checkTask(node);
      case 'Wait':
        return checkWait(node);
      case 'Fail':
        return checkFail(node);
      case 'Parallel':
        return checkParallel(node);
      case 'Choice':
        return checkString(node.state.Default, `${node.location}/Default`);
      default:
        return [];
    }
  });
}

function checkTask({ state, location, language }: StateNode): Diagnostic[] {
  const jsonata = language === 'JSONata';
  const diagnostics = [
    ...checkString(state.Resource, `${location}/Resource`),
    ...checkNumber(state.TimeoutSeconds, `${location}/TimeoutSeconds`, { integer: true, min: 1, max: MAX_SECONDS, jsonata }),
    ...checkNumber(state.HeartbeatSeconds, `${location}/HeartbeatSeconds`, { integer: true, min: 1, max: MAX_SECONDS, jsonata }),
  ];
  const credentials = state.Credentials;
  if (credentials !== undefined) {
    const at = `${location}/Credentials`;
    if (!isJsonObject(credentials)) diagnostics.push(expectedType(['OBJECT'], at));
    else if (!has(credentials, 'RoleArn') && !(language === 'JSONPath' && has(credentials, 'RoleArn.$'))) {
      diagnostics.push(schemaError("The field 'RoleArn' is required but was missing", at));
    }
  }
  return diagnostics;
}

function checkWait({ state, location, language }: StateNode): Diagnostic[] {
  const present = WAIT_FIELDS.filter((field) => has(state, field));
  if (present.length > 1) return [onlyOneOf(WAIT_FIELDS, location)];
  if (present.length === 0) return [noneOf(WAIT_FIELDS, location)];
  const jsonata = language === 'JSONata';
  const diagnostics = checkNumber(state.Seconds, `${location}/Seconds`, { integer: true, min: 0, max: MAX_SECONDS, jsonata });
  const timestamp = state.Timestamp;
  if (timestamp !== undefined && !(jsonata && isJsonataTemplate(timestamp))) {
    if (typeof timestamp !== 'string') diagnostics.push(expectedType(['STRING'], `${location}/Timestamp`));
    else if (!isRfc3339Timestamp(timestamp)) {
      diagnostics.push(schemaError('String does not match RFC3339 timestamp', `${location}/Timestamp`));
    }
  }
  return diagnostics;
}

function checkFail({ state, location }: StateNode): Diagnostic[] {
  return [...checkString(state.Error, `${location}/Error`), ...checkString(state.Cause, `${location}/Cause`)];
}

function checkParallel({ state, location }: StateNode): Diagnostic[] {
  const branches = state.Branches;
  const at = `${location}/Branches`;
  if (branches === undefined) return [];
  if (!Array.isArray(branches)) return [expectedType(['ARRAY'], at)];
  if (branches.length === 0) return [emptyValue(at)];
  return branches.flatMap((branch, i) => (isJsonObject(branch) ? [] : [expectedType(['OBJECT'], `${at}[${i}]`)]));
}
