import { isJsonObject, type Json } from '../json';
import { lambdaFunctionName, lambdaInvokePayload } from './lambda-invoke';
import { parseTaskResource } from './task-resource';

/** Who serves a Task and what it is sent. */
export interface TaskTarget {
  /**
   * The handler's name: the Lambda function (from a function ARN or `lambda:invoke`'s
   * FunctionName), `http:invoke` for the built-in HTTP task, `states:startExecution`
   * for nested executions, else the Resource (an activity's ARN, so an activity never shares the
   * queue of a function of the same name).
   */
  readonly handler: string;
  /** What the handler receives: the effective input, or `lambda:invoke`'s Payload. */
  readonly input: Json;
  /** `lambda:invoke` wraps the function's result in AWS's response shape. */
  readonly lambdaInvoke?: { readonly logType?: Json };
}

/** Resolves the handler of a Task from its Resource and effective input (its Parameters or Arguments). */
export function taskTarget(resource: string, input: Json): TaskTarget {
  const parsed = parseTaskResource(resource);
  if (parsed?.family === 'Task' && parsed.service === 'lambda' && parsed.action === 'invoke') {
    const functionName = isJsonObject(input) && typeof input.FunctionName === 'string' ? input.FunctionName : '';
    const logType = isJsonObject(input) ? input.LogType : undefined;
    const target = { handler: lambdaFunctionName(functionName), input: lambdaInvokePayload(input) };
    // A callback's result is what SendTaskSuccess sends, not the function's response.
    if (parsed.pattern === 'waitForTaskToken') return target;
    return { ...target, lambdaInvoke: logType === undefined ? {} : { logType } };
  }
  if (parsed?.family === 'LambdaFunction') return { handler: parsed.action, input };
  if (parsed?.family === 'Task' && parsed.service === 'http' && parsed.action === 'invoke') return { handler: 'http:invoke', input };
  if (parsed?.family === 'Task' && parsed.service === 'states' && parsed.action === 'startExecution') {
    return { handler: 'states:startExecution', input };
  }
  return { handler: resource, input };
}
