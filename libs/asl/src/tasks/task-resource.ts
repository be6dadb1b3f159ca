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

/** `arn:<partition>:lambda:<region>:<account>:function:<name>[:<qualifier>]` */
const FUNCTION_ARN = /^arn:(aws[\w-]*):lambda:([\w-]+):(\d{12}):function:([^:]+)(?::([^:]+))?$/;
/** `arn:<partition>:states:<region>:<account>:activity:<name>` */
const ACTIVITY_ARN = /^arn:(aws[\w-]*):states:([\w-]+):(\d{12}):activity:(.+)$/;
/** `arn:<partition>:states:::<service>:<action>[.<pattern>]`, the action being `<sdk service>:<action>` for `aws-sdk`. */
const INTEGRATION_ARN = /^arn:(aws[\w-]*):states:([\w-]*):(\d{12})?:([\w-]+):([^.]+)(?:\.(sync:2|sync|waitForTaskToken))?$/;

interface Reading {
  readonly resource: TaskResource;
  /** Whether Step Functions accepts the Resource in a definition (stricter than what runs). */
  readonly recognized: boolean;
}

const cache = new Map<string, TaskResource | undefined>();

/** Parses a Task Resource ARN; undefined when it is not one Stepwise knows how to read. */
export function parseTaskResource(resource: string): TaskResource | undefined {
  if (cache.has(resource)) return cache.get(resource);
  const found = read(resource)?.resource;
  const parsed = found && { ...found, eventTypes: taskEventTypes(found.family) };
  cache.set(resource, parsed);
  return parsed;
}

/**
 * The Resource as CreateStateMachine reads it: a Lambda function, an activity, or a service
 * integration with a pattern it supports; undefined when Step Functions would not recognize it.
 */
export function recognizedTaskResource(resource: string): TaskResource | undefined {
  const reading = read(resource);
  return reading?.recognized ? reading.resource : undefined;
}

function read(arn: string): Reading | undefined {
  let m = FUNCTION_ARN.exec(arn);
  if (m) {
    const [, partition, region, , name, qualifier] = m;
    return {
      resource: { service: 'lambda', action: name, pattern: 'request-response', family: 'LambdaFunction', region },
      recognized:
        validArnPrefix(partition, region) &&
        LAMBDA_FUNCTION_NAME.test(name) &&
        (qualifier === undefined || LAMBDA_QUALIFIER.test(qualifier)),
    };
  }
  m = ACTIVITY_ARN.exec(arn);
  if (m) {
    const [, partition, region, , name] = m;
    return {
      resource: { service: 'activity', action: name, pattern: 'request-response', family: 'Activity', region },
      recognized: validArnPrefix(partition, region) && ACTIVITY_NAME.test(name),
    };
  }
  m = INTEGRATION_ARN.exec(arn);
  if (m) {
    const [, partition, region, account, service, action] = m;
    const pattern = (m[6] ?? 'request-response') as TaskResource['pattern'];
    const resource: TaskResource = { service, action, pattern, family: 'Task', region: region || undefined };
    return {
      resource,
      recognized: PARTITION.test(partition) && region === '' && account === undefined && supportedIntegration(resource),
    };
  }
  return undefined;
}

const PARTITION = /^[a-z][a-z-]*$/;
const REGION = /^[a-z0-9-]+$/;
const LAMBDA_FUNCTION_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const LAMBDA_QUALIFIER = /^[A-Za-z0-9$_-]{1,128}$/;
const ACTIVITY_NAME = /^\S{1,80}$/;
const INTEGRATION_SERVICE = /^[a-z0-9-]+$/;
const INTEGRATION_ACTION = /^[A-Za-z][A-Za-z0-9]*$/;
/** `aws-sdk`'s action names the SDK service too, e.g. `s3:listObjectsV2`. */
const SDK_ACTION = /^(?:[a-z0-9][a-z0-9-]*:)?[A-Za-z][A-Za-z0-9]*$/;

function validArnPrefix(partition: string, region: string): boolean {
  return PARTITION.test(partition) && REGION.test(region);
}

interface Integration {
  /** The actions of an optimized integration; absent where any action of the service is accepted. */
  readonly actions?: readonly string[];
  readonly sync: boolean;
  readonly waitForTaskToken: boolean;
}

/** The optimized integrations and the patterns each supports (AWS's integration table). */
const INTEGRATIONS: Readonly<Record<string, Integration>> = {
  lambda: { actions: ['invoke'], sync: false, waitForTaskToken: true },
  sns: { actions: ['publish'], sync: false, waitForTaskToken: true },
  sqs: { actions: ['sendMessage'], sync: false, waitForTaskToken: true },
  dynamodb: { actions: ['getItem', 'putItem', 'updateItem', 'deleteItem'], sync: false, waitForTaskToken: false },
  events: { actions: ['putEvents'], sync: false, waitForTaskToken: true },
  apigateway: { actions: ['invoke'], sync: false, waitForTaskToken: true },
  http: { actions: ['invoke'], sync: false, waitForTaskToken: false },
  batch: { actions: ['submitJob'], sync: true, waitForTaskToken: false },
  glue: { actions: ['startJobRun'], sync: true, waitForTaskToken: false },
  databrew: { actions: ['startJobRun'], sync: true, waitForTaskToken: false },
  ecs: { actions: ['runTask'], sync: true, waitForTaskToken: true },
  states: { actions: ['startExecution'], sync: true, waitForTaskToken: true },
  athena: { sync: true, waitForTaskToken: false },
  codebuild: { sync: true, waitForTaskToken: false },
  eks: { sync: true, waitForTaskToken: true },
  elasticmapreduce: { sync: true, waitForTaskToken: false },
  'emr-containers': { sync: true, waitForTaskToken: false },
  'emr-serverless': { sync: true, waitForTaskToken: false },
  mediaconvert: { sync: true, waitForTaskToken: false },
  sagemaker: { sync: true, waitForTaskToken: false },
  bedrock: { sync: true, waitForTaskToken: true },
  'bedrock-agentcore': { sync: false, waitForTaskToken: false },
  /** `aws-sdk:<service>:<action>`: any SDK call; callbacks but no `.sync`. */
  'aws-sdk': { sync: false, waitForTaskToken: true },
};

function supportedIntegration({ service, action, pattern }: TaskResource): boolean {
  if (!INTEGRATION_SERVICE.test(service)) return false;
  if (!(service === 'aws-sdk' ? SDK_ACTION : INTEGRATION_ACTION).test(action)) return false;
  const integration = INTEGRATIONS[service];
  if (integration === undefined) return false;
  if (integration.actions && !integration.actions.includes(action)) return false;
  if ((pattern === 'sync' || pattern === 'sync:2') && !integration.sync) return false;
  if (pattern === 'sync:2' && service !== 'states') return false;
  if (pattern === 'waitForTaskToken' && !integration.waitForTaskToken) return false;
  return true;
}
