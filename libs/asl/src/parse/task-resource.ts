/** How a Task calls its resource, read from the suffix of an integration ARN. */
export type IntegrationPattern = 'requestResponse' | 'sync' | 'sync:2' | 'waitForTaskToken';

/** What a Task `Resource` ARN names, or null when Step Functions would not recognize it. */
export type TaskResource =
  | { readonly kind: 'lambdaFunction' }
  | { readonly kind: 'activity' }
  | { readonly kind: 'integration'; readonly service: string; readonly action: string; readonly pattern: IntegrationPattern };

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

const PARTITION = '[a-z][a-z-]*';
const LAMBDA_FUNCTION = new RegExp(
  `^arn:${PARTITION}:lambda:[a-z0-9-]+:\\d{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9$_-]{1,128})?$`,
);
const ACTIVITY = new RegExp(`^arn:${PARTITION}:states:[a-z0-9-]+:\\d{12}:activity:[^\\s]{1,80}$`);
/** `arn:aws:states:::service:action[.pattern]`, or `arn:aws:states:::aws-sdk:service:action[.pattern]`. */
const INTEGRATION = new RegExp(
  `^arn:${PARTITION}:states:::(?:(aws-sdk):([a-z0-9][a-z0-9.-]*)|([a-z0-9-]+)):([A-Za-z][A-Za-z0-9]*)` +
    `(?:\\.(sync(?::2)?|waitForTaskToken))?$`,
);

export function parseTaskResource(resource: string): TaskResource | null {
  if (LAMBDA_FUNCTION.test(resource)) return { kind: 'lambdaFunction' };
  if (ACTIVITY.test(resource)) return { kind: 'activity' };
  const m = INTEGRATION.exec(resource);
  if (!m) return null;
  const service = m[1] ?? m[3];
  const action = m[1] ? `${m[2]}:${m[4]}` : m[4];
  const pattern = (m[5] ?? 'requestResponse') as IntegrationPattern;
  const integration = INTEGRATIONS[service];
  if (integration === undefined) return null;
  if (integration.actions && !integration.actions.includes(action)) return null;
  if ((pattern === 'sync' || pattern === 'sync:2') && !integration.sync) return null;
  if (pattern === 'sync:2' && service !== 'states') return null;
  if (pattern === 'waitForTaskToken' && !integration.waitForTaskToken) return null;
  return { kind: 'integration', service, action, pattern };
}
