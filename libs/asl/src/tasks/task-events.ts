import type { Json } from '../json';
import type { Transition } from '../runtime/transition';
import type { TaskResource } from './task-resource';

/**
 * The history a Task writes, in the event family its resource belongs to: `LambdaFunction*` for
 * function ARNs, `Activity*` for activities, `Task*` for service integrations.
 */
export const taskEvents = {
  scheduled(
    t: Transition,
    arn: string,
    r: TaskResource,
    input: Json,
    timeoutInSeconds?: number,
    heartbeatInSeconds?: number,
  ): void {
    const limits = {
      ...(timeoutInSeconds !== undefined && { timeoutInSeconds }),
      ...(heartbeatInSeconds !== undefined && { heartbeatInSeconds }),
    };
    if (r.family === 'Task') {
      emit(t, r, 'Scheduled', { ...integration(r), region: r.region ?? t.ctx.execution.region, parameters: input, ...limits });
    } else {
      emit(t, r, 'Scheduled', { resource: arn, input, inputDetails: { truncated: false }, ...limits });
    }
  },
  started(t: Transition, _arn: string, r: TaskResource): void {
    emit(t, r, 'Started', r.family === 'Task' ? integration(r) : {});
  },
  succeeded(t: Transition, _arn: string, r: TaskResource, output: Json): void {
    emit(t, r, 'Succeeded', { ...integration(r), output, outputDetails: { truncated: false } });
  },
  failed(t: Transition, _arn: string, r: TaskResource, error: string, cause?: string | null): void {
    emit(t, r, 'Failed', { ...integration(r), error, ...(cause != null && { cause }) });
  },
  timedOut(t: Transition, _arn: string, r: TaskResource, error: string): void {
    emit(t, r, 'TimedOut', { ...integration(r), error });
  },
};

function integration(r: TaskResource): Record<string, unknown> {
  if (r.family !== 'Task') return {};
  const resource = r.pattern === 'request-response' ? r.action : `${r.action}.${r.pattern}`;
  return { resourceType: r.service, resource };
}

function emit(t: Transition, r: TaskResource, what: string, details: Record<string, unknown>): void {
  const family = r.family;
  const key = `${family[0].toLowerCase()}${family.slice(1)}${what}EventDetails` as `${string}EventDetails`;
  t.emit(`${family}${what}`, key, details);
}
