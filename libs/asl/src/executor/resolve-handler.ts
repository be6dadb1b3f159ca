import type { Command } from '../runtime/command';
import { parseTaskResource } from '../tasks/task-resource';
import type { TaskHandler } from './executor.types';

type RunTask = Extract<Command, { kind: 'RunTask' }>;

/** The handler registered for a task: by its handler name, else by its full Resource. */
export function findHandler(
  handlers: Readonly<Record<string, TaskHandler>>,
  task: RunTask,
  fallback?: TaskHandler,
): TaskHandler | undefined {
  return handlers[task.handler] ?? handlers[task.resource] ?? fallback;
}

/** How AWS fails a task nothing serves: a Lambda function that does not exist, or no handler. */
export function missingHandler(task: RunTask, where: { region: string; accountId: string }): { error: string; cause: string } {
  const parsed = parseTaskResource(task.resource);
  if (parsed?.service === 'lambda') {
    const arn = `arn:aws:lambda:${where.region}:${where.accountId}:function:${task.handler}:$LATEST`;
    return {
      error: 'Lambda.ResourceNotFoundException',
      cause: `Function not found: ${arn} (Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; Request ID: 00000000-0000-0000-0000-000000000000; Proxy: null)`,
    };
  }
  return { error: 'States.TaskFailed', cause: `No task handler serves '${task.handler}' (resource '${task.resource}').` };
}
