import type { Json } from '../json';
import { NOT_TRUNCATED, type Transition } from '../runtime/transition';
import { taskEventTypes, type TaskEventTypes, type TaskResource } from './task-resource';

type Details = Record<string, unknown>;

/**
 * The history a Task writes, in the event family its resource belongs to: `LambdaFunction*` for
 * function ARNs, `Activity*` for activities, `Task*` for service integrations.
 */
export const taskEvents = {
  scheduled(t: Transition, arn: string, r: TaskResource, input: Json, timeoutInSeconds?: number, heartbeatInSeconds?: number): void {
    const details: Details =
      r.family === 'Task'
        ? withIntegration(r, { region: r.region ?? t.ctx.execution.region, parameters: input })
        : { resource: arn, input, inputDetails: NOT_TRUNCATED };
    if (timeoutInSeconds !== undefined) details.timeoutInSeconds = timeoutInSeconds;
    if (heartbeatInSeconds !== undefined) details.heartbeatInSeconds = heartbeatInSeconds;
    emit(t, r, 'Scheduled', details);
  },
  started(t: Transition, r: TaskResource, workerName?: string): void {
    emit(t, r, 'Started', r.family === 'Activity' && workerName !== undefined ? { workerName } : withIntegration(r, {}));
  },
  succeeded(t: Transition, r: TaskResource, output: Json): void {
    emit(t, r, 'Succeeded', withIntegration(r, { output, outputDetails: NOT_TRUNCATED }));
  },
  failed(t: Transition, r: TaskResource, error: string, cause?: string | null): void {
    const details = withIntegration(r, { error });
    if (cause !== undefined && cause !== null) details.cause = cause;
    emit(t, r, 'Failed', details);
  },
  timedOut(t: Transition, r: TaskResource, error: string): void {
    emit(t, r, 'TimedOut', withIntegration(r, { error }));
  },
};

/** Service integrations name their service and action in every event. */
function withIntegration(r: TaskResource, details: Details): Details {
  if (r.family === 'Task') {
    details.resourceType = r.service;
    details.resource = r.pattern === 'request-response' ? r.action : `${r.action}.${r.pattern}`;
  }
  return details;
}

function emit(t: Transition, r: TaskResource, what: keyof TaskEventTypes, details: Details): void {
  t.emit((r.eventTypes ?? taskEventTypes(r.family))[what], details);
}
