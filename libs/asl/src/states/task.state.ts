import type { Json } from '../json';
import type { TaskDefinition } from '../definition/state-machine.definition';
import { fault, statesError } from '../errors/states-error';
import { StatesErrorName } from '../errors/states-error-name';
import { applyInputPath } from '../fields/input-path';
import { exceedsPayloadLimit } from '../fields/payload-size';
import { queryPath } from '../path/query-path';
import { evaluateTemplate } from '../jsonata';
import { handleStateError } from '../runtime/handle-state-error';
import { dataLimitExceeded, type Transition } from '../runtime/transition';
import { parseTaskResource, type TaskResource } from '../tasks/task-resource';
import { taskEvents } from '../tasks/task-events';
import { taskTarget } from '../tasks/task-target';
import { lambdaInvokeResult } from '../tasks/lambda-invoke';
import type { Command } from '../runtime/command';
import type { StateHandler } from './state-handler';
import { effectiveInput, exitWith, resultOutcome } from './state-io';
import { isPromise, type MaybePromise } from '../runtime/maybe-promise';

type RunTask = Extract<Command, { kind: 'RunTask' }>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Task: asks the caller to run the Resource with the effective input, then processes its result. */
export const taskState: StateHandler<TaskDefinition> = {
  run(t, def) {
    const resource = resourceOf(def);
    const callback = resource.pattern === 'waitForTaskToken';
    const taskToken = callback ? (t.ctx.newTaskToken?.() ?? t.ctx.entropy.uuid()) : activityToken(t, resource);
    const jsonata = t.queryLanguage(def) === 'JSONata';
    const input = effectiveInput(t, def, jsonata ? def.Arguments : def.Parameters, callback ? taskToken : undefined);
    const timeout = limitSeconds(t, def, 'TimeoutSeconds', def.TimeoutSeconds, def.TimeoutSecondsPath);
    const heartbeat = limitSeconds(t, def, 'HeartbeatSeconds', def.HeartbeatSeconds, def.HeartbeatSecondsPath);
    const exists = resource.family === 'Activity' ? t.ctx.activityExists?.(def.Resource) : undefined;
    if (isPromise(input) || isPromise(timeout) || isPromise(heartbeat) || isPromise(exists)) {
      return Promise.all([input, timeout, heartbeat, exists]).then(([i, to, hb, ex]) => {
        requireActivity(def, ex);
        schedule(t, def, resource, i, to, hb, taskToken);
      });
    }
    requireActivity(def, exists);
    schedule(t, def, resource, input, timeout, heartbeat, taskToken);
  },

  onEvent(t, def, event) {
    const resource = resourceOf(def);
    switch (event.type) {
      case 'TaskStarted':
        return taskEvents.started(t, resource, event.workerName);
      case 'TaskSucceeded': {
        // A callback task's handler only hands the token on; its return value is not the result.
        if (resource.pattern === 'waitForTaskToken' && !event.callback) return;
        const shape = (t.state.awaiting as { lambdaInvoke?: { logType?: Json } } | undefined)?.lambdaInvoke;
        const result = shape ? lambdaInvokeResult(event.output, t.ctx.entropy.uuid(), shape.logType) : event.output;
        t.state.awaiting = undefined;
        taskEvents.succeeded(t, resource, result);
        if (exceedsPayloadLimit(result, t.ctx.maxPayloadBytes)) {
          return handleStateError(t, dataLimitExceeded(resource.family === 'Task' ? resource.service : def.Resource));
        }
        return exitWith(t, resultOutcome(t, def, result));
      }
      case 'TaskFailed':
        t.state.awaiting = undefined;
        taskEvents.failed(t, resource, event.error, event.cause);
        return handleStateError(t, { error: event.error, cause: event.cause });
      case 'TaskTimedOut': {
        t.state.awaiting = undefined;
        const error = event.heartbeat ? StatesErrorName.HeartbeatTimeout : StatesErrorName.Timeout;
        taskEvents.timedOut(t, resource, error);
        return handleStateError(t, { error });
      }
    }
  },
};

function schedule(
  t: Transition,
  def: TaskDefinition,
  resource: TaskResource,
  input: Json,
  timeoutSeconds: number | undefined,
  heartbeatSeconds: number | undefined,
  taskToken: string | undefined,
): void {
  const attempt = t.state.retryCount + 1;
  const target = taskTarget(def.Resource, input);
  const awaitId = t.await('task', { attempt, taskToken, lambdaInvoke: target.lambdaInvoke, heartbeatSeconds });
  taskEvents.scheduled(t, def.Resource, resource, input, timeoutSeconds, heartbeatSeconds);
  const command: Mutable<RunTask> = {
    kind: 'RunTask',
    awaitId,
    stateName: t.state.name,
    resource: def.Resource,
    handler: target.handler,
    input: target.input,
    attempt,
  };
  if (timeoutSeconds !== undefined) command.timeoutSeconds = timeoutSeconds;
  if (heartbeatSeconds !== undefined) command.heartbeatSeconds = heartbeatSeconds;
  if (taskToken !== undefined) command.taskToken = taskToken;
  if (def.Credentials !== undefined) command.credentials = def.Credentials;
  t.command(command);
}

/**
 * An activity task carries a token from the moment it is scheduled, where the runtime can mint one
 * that says where the task waits: GetActivityTask hands it out, SendTask* answers with it.
 */
function activityToken(t: Transition, resource: TaskResource): string | undefined {
  return resource.family === 'Activity' ? t.ctx.newTaskToken?.() : undefined;
}

/** AWS fails an activity Task whose activity does not exist before scheduling it. */
function requireActivity(def: TaskDefinition, exists: boolean | undefined): void {
  if (exists === false) fault(statesError.runtime(`The activity ${def.Resource} does not exist.`));
}

const resources = new WeakMap<TaskDefinition, TaskResource>();

function resourceOf(def: TaskDefinition): TaskResource {
  let resource = resources.get(def);
  if (!resource) {
    resource = parseTaskResource(def.Resource) ?? { service: def.Resource, action: '', pattern: 'request-response', family: 'Task' };
    resources.set(def, resource);
  }
  return resource;
}

/** TimeoutSeconds / HeartbeatSeconds from the field, its Path form, or a JSONata template. */
function limitSeconds(
  t: Transition,
  def: TaskDefinition,
  field: string,
  value: number | string | undefined,
  path: string | undefined,
): MaybePromise<number | undefined> {
  if (value === undefined && path === undefined) return undefined;
  if (typeof value === 'string') {
    return evaluateTemplate(value, t.bindings(), t.jsonataOptions(), field).then((v) => positiveInteger(field, v));
  }
  return seconds(t, def, field, value, path);
}

/** TimeoutSeconds / HeartbeatSeconds from the field or its Path form. */
function seconds(t: Transition, def: TaskDefinition, field: string, value: number | undefined, path: string | undefined): number | undefined {
  if (path === undefined) return positiveInteger(field, value);
  const selected = queryPath(path, t.scope(applyInputPath(def.InputPath, t.scope(t.state.input))));
  if (!selected.found) fault(statesError.runtime(`The ${field}Path parameter does not reference an input value: ${path}`));
  return positiveInteger(field, selected.value);
}

function positiveInteger(field: string, value: Json | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    fault(statesError.runtime(`The ${field} value must be a positive integer: ${JSON.stringify(value)}`));
  }
  return value;
}
