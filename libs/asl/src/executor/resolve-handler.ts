import { isJsonObject, type Json } from '../json';
import { parseTaskResource } from '../tasks/task-resource';
import { lambdaFunctionName, lambdaInvokePayload, lambdaInvokeResult } from '../tasks/lambda-invoke';
import type { TaskHandler } from './executor.types';

/** How a Task's resource is served in memory: the handler, what it is sent, how its result is shaped. */
export interface ResolvedTask {
  readonly handler?: TaskHandler;
  readonly input: Json;
  wrap(result: Json, requestId: string): Json;
  /** The failure when no handler serves the resource. */
  readonly missing: { error: string; cause: string };
}

const identity = (result: Json): Json => result;

/**
 * Finds the handler of a Task: by Lambda function name (a function ARN, or `lambda:invoke`'s
 * FunctionName), by activity name, else by the full Resource string.
 */
export function resolveHandler(
  handlers: Readonly<Record<string, TaskHandler>>,
  resource: string,
  input: Json,
  where: { region: string; accountId: string },
): ResolvedTask {
  const parsed = parseTaskResource(resource);
  const byResource = handlers[resource];
  const missing = { error: 'States.TaskFailed', cause: `No task handler serves the resource '${resource}'.` };
  if (parsed?.service === 'lambda' && parsed.action === 'invoke' && parsed.family === 'Task') {
    const functionName = isJsonObject(input) && typeof input.FunctionName === 'string' ? input.FunctionName : '';
    const name = lambdaFunctionName(functionName);
    const arn = functionName.startsWith('arn:')
      ? functionName
      : `arn:aws:lambda:${where.region}:${where.accountId}:function:${functionName}`;
    return {
      handler: handlers[name] ?? byResource,
      input: lambdaInvokePayload(input),
      wrap: (result, requestId) => lambdaInvokeResult(result, requestId, isJsonObject(input) ? input.LogType : undefined),
      missing: {
        error: 'Lambda.ResourceNotFoundException',
        cause: `Function not found: ${arn.includes(':$LATEST') || arn.split(':').length > 7 ? arn : `${arn}:$LATEST`} (Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; Request ID: 00000000-0000-0000-0000-000000000000; Proxy: null)`,
      },
    };
  }
  if (parsed?.family === 'LambdaFunction' || parsed?.family === 'Activity') {
    return { handler: handlers[parsed.action] ?? byResource, input, wrap: identity, missing };
  }
  return { handler: byResource, input, wrap: identity, missing };
}
