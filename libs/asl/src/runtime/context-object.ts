import type { Json, JsonObject } from '../json';
import type { RunSnapshot, ActiveState } from './snapshot';
import type { ExecutionInfo } from './step-context';

/** ISO-8601 with milliseconds, as AWS renders times in the context object. */
export function isoTime(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/**
 * The context object `$$` (`$states.context` in JSONata) as seen by the active state.
 * AWS shows `State.RetryCount` only in states that can retry.
 */
export function buildContextObject(
  execution: ExecutionInfo,
  run: RunSnapshot,
  state: ActiveState,
  canRetry: boolean,
  taskToken?: string,
): JsonObject {
  const context: JsonObject = {
    Execution: {
      Id: execution.executionArn,
      Input: execution.input,
      StartTime: isoTime(execution.startTime),
      Name: execution.name,
      RoleArn: execution.roleArn,
    },
    StateMachine: { Id: execution.stateMachineArn, Name: execution.stateMachineName },
    State: { EnteredTime: isoTime(state.enteredTime), Name: state.name },
  };
  if (execution.redriveCount !== undefined) (context.Execution as JsonObject).RedriveCount = execution.redriveCount;
  if (canRetry) (context.State as JsonObject).RetryCount = state.retryCount;
  if (taskToken !== undefined) context.Task = { Token: taskToken };
  if (run.mapItem) context.Map = { Item: { Index: run.mapItem.Index, Value: run.mapItem.Value as Json } };
  return context;
}
