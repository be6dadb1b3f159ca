import type { Diagnostic } from './diagnostic';
import { schemaError } from './diagnostic';
import { recognizedTaskResource } from '../tasks/task-resource';
import type { ValidationContext } from './validation-context';

/** A Task's Resource must be a Lambda function, an activity or a known service integration ARN. */
export function checkResources(context: ValidationContext): Diagnostic[] {
  return context.states.flatMap(({ state, location }) => {
    if (state.Type !== 'Task' || typeof state.Resource !== 'string') return [];
    if (recognizedTaskResource(state.Resource)) return [];
    return [
      schemaError(
        `The resource provided ${state.Resource} is not recognized. ` +
          'The value is not a valid resource ARN, or the resource is not available in this region.',
        `${location}/Resource`,
      ),
    ];
  });
}
