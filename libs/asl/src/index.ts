export * from './json';
export * from './definition/state-machine.definition';
export * from './errors/states-error';
export * from './errors/states-error-name';
export { errorEqualsMatches } from './errors/match';
export type { EvalScope } from './runtime/eval-scope';
export { seededEntropy, type Entropy } from './runtime/entropy';
export { awsDetailsKey, toAwsHistoryEvent, type HistoryEvent } from './runtime/history-event';
export type { RunSnapshot, ActiveState, Awaiting, FanOut, FanOutLeft, MachinePath, RunStatus } from './runtime/snapshot';
export type { StepEvent } from './runtime/step-event';
export { mapRunSummary, type MapRunEnd, type MapRunSummary } from './states/map-run';
export type { Command } from './runtime/command';
export { DEFAULT_MAX_PAYLOAD_BYTES, type ExecutionInfo, type StepContext } from './runtime/step-context';
export { defaultRoleArn } from './runtime/default-role-arn';
export type { StepResult } from './runtime/transition';
export { step } from './runtime/step';
export { newRun } from './runtime/new-run';
export { resolveMachine } from './runtime/machine';
export { parseTaskResource, type TaskResource } from './tasks/task-resource';
export { lambdaFunctionName, lambdaInvokePayload, lambdaInvokeResult } from './tasks/lambda-invoke';
export { taskTarget, type TaskTarget } from './tasks/task-target';
export { VirtualClock, type Clock } from './executor/clock';
export * from './executor/executor.types';
export { execute, startExecution, type InMemoryExecutionHandle } from './executor/execute';
export { missingHandler } from './executor/resolve-handler';
export { DEFAULT_MAX_HISTORY_EVENTS } from './executor/in-memory-execution';
export {
  validateDefinition,
  parseDefinition,
  DefinitionError,
  type Diagnostic,
  type ValidateDefinitionOptions,
  type ValidationResult,
  type WorkflowType,
} from './parse';
export { testState, type TestStateMock, type TestStateOptions, type TestStateResult, type TestStateStatus } from './test-state/test-state';
export { testStateMachine, testStateRefusal, type TestStateMachine } from './test-state/test-state-machine';
