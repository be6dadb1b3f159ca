/** How a Task's Resource is served and which family of history events it writes. */
export interface TaskResource {
  /** `lambda` for function ARNs and `lambda:invoke`, `activity`, or the service of an integration. */
  readonly service: string;
  /** The action, e.g. `invoke`, `startExecution`; the function or activity name otherwise. */
  readonly action: string;
  readonly pattern: 'request-response' | 'sync' | 'sync:2' | 'waitForTaskToken';
  /** History event family: `LambdaFunction`, `Activity` or `Task`. */
  readonly family: 'LambdaFunction' | 'Activity' | 'Task';
  /** The region in the ARN, when it has one. */
  readonly region?: string;
  /** The family's event types, attached when parsed. */
  readonly eventTypes?: TaskEventTypes;
}

/** The history event types a resource writes, by outcome, e.g. `Scheduled` → `LambdaFunctionScheduled`. */
export type TaskEventTypes = Readonly<Record<'Scheduled' | 'Started' | 'Succeeded' | 'Failed' | 'TimedOut', string>>;

const eventTypes = new Map<string, TaskEventTypes>();

export function taskEventTypes(family: TaskResource['family']): TaskEventTypes {
  let types = eventTypes.get(family);
  if (!types) {
    types = {
      Scheduled: `${family}Scheduled`,
      Started: `${family}Started`,
      Succeeded: `${family}Succeeded`,
      Failed: `${family}Failed`,
      TimedOut: `${family}TimedOut`,
    };
    eventTypes.set(family, types);
  }
  return types;
}

const FUNCTION_ARN = /^arn:aws[\w-]*:lambda:([\w-]+):(\d{12}):function:([^:]+)(?::[^:]+)?$/;
const ACTIVITY_ARN = /^arn:aws[\w-]*:states:([\w-]+):(\d{12}):activity:(.+)$/;
const INTEGRATION_ARN = /^arn:aws[\w-]*:states:([\w-]*):(\d{12})?:([\w-]+):([^.]+)(?:\.(sync:2|sync|waitForTaskToken))?$/;

const cache = new Map<string, TaskResource | undefined>();

/** Parses a Task Resource ARN; undefined when it is not one Stepwise knows how to read. */
export function parseTaskResource(resource: string): TaskResource | undefined {
  if (cache.has(resource)) return cache.get(resource);
  const found = parse(resource);
  const parsed = found && { ...found, eventTypes: taskEventTypes(found.family) };
  cache.set(resource, parsed);
  return parsed;
}

function parse(resource: string): TaskResource | undefined {
  let m = FUNCTION_ARN.exec(resource);
  if (m) return { service: 'lambda', action: m[3], pattern: 'request-response', family: 'LambdaFunction', region: m[1] };
  m = ACTIVITY_ARN.exec(resource);
  if (m) return { service: 'activity', action: m[3], pattern: 'request-response', family: 'Activity', region: m[1] };
  m = INTEGRATION_ARN.exec(resource);
  if (m) {
    const pattern = (m[5] ?? 'request-response') as TaskResource['pattern'];
    return { service: m[3], action: m[4], pattern, family: 'Task', region: m[1] || undefined };
  }
  return undefined;
}
