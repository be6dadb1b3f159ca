import { isJsonObject } from '../json';
import { schemaError, type Diagnostic } from './diagnostic';
import { recognizedTaskResource } from '../tasks/task-resource';
import type { ValidationContext } from './validation-context';

/**
 * What an EXPRESS state machine may not use: callbacks (`.waitForTaskToken`), jobs (`.sync`),
 * activities, and Distributed Map with STANDARD child executions.
 */
export function checkExpressRules(context: ValidationContext): Diagnostic[] {
  if (context.type !== 'EXPRESS') return [];
  return context.states.flatMap(({ state, location }) => {
    if (state.Type === 'Task' && typeof state.Resource === 'string') {
      const at = `${location}/Resource`;
      const resource = recognizedTaskResource(state.Resource);
      if (resource?.family === 'Activity') return [schemaError('Express state machine does not support Activity ARN', at)];
      if (resource?.family !== 'Task') return [];
      // AWS's message for callbacks ends with a space, so CreateStateMachine shows two before "at".
      if (resource.pattern === 'waitForTaskToken') {
        return [schemaError("Express state machine does not support '.waitForTaskToken' service integration ", at)];
      }
      if (resource.pattern === 'sync' || resource.pattern === 'sync:2') {
        return [schemaError("Express state machine does not support '.sync' service integration", at)];
      }
      return [];
    }
    if (state.Type === 'Map') {
      for (const field of ['ItemProcessor', 'Iterator']) {
        const processor = state[field];
        const config = isJsonObject(processor) ? processor.ProcessorConfig : undefined;
        if (isJsonObject(config) && config.Mode === 'DISTRIBUTED' && config.ExecutionType === 'STANDARD') {
          return [
            schemaError(
              "Express state machine does not support Distributed Map with 'STANDARD' child executions",
              `${location}/${field}/ProcessorConfig/ExecutionType`,
            ),
          ];
        }
      }
    }
    return [];
  });
}
