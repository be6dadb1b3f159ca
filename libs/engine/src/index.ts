// The runtime's public surface: createEngine and what its doors and callers name. Everything else
// (repositories, scripts, the orchestrator's parts) stays inside the library.
export { createEngine, DEFAULT_ACCOUNT_ID, DEFAULT_REGION, type Engine, type EngineOptions } from './engine';
export type { ExecutionRecord, ExecutionStatusValue } from './execution-record';
export { DEFAULT_JOB_OPTIONS } from './job.repository';
export { executionId, type ExecutionService, type ListExecutionsFilter, type StartExecutionRequest } from './execution.service';
export {
  ActivityNotFoundError,
  ExecutionAlreadyExistsError,
  ExecutionNotFoundError,
  ExecutionNotRedrivableError,
  ResourceConflictError,
  ResourceNotFoundError,
  ServiceQuotaExceededError,
  TaskTimedOutError,
  TaskTokenNotFoundError,
  TooManyTagsError,
} from './engine.errors';
export { systemEntropy } from './entropy';
export type { StateMachineRecord } from './state-machine.repository';
export { watchHistory } from './history-watch';
export type { CallbackPosition } from './pending-task.repository';
export type { PendingTask } from './pending-task';
export { splitStateMachineArn } from './state-machine-arn';
export { revisionOf, type StateMachineVersionRecord } from './state-machine-version.repository';
export type { RoutingConfigurationItem, StateMachineAliasRecord } from './state-machine-alias.repository';
export type { ResolvedStateMachine } from './state-machine.resolver';
export { MAX_TAGS_PER_RESOURCE, type Tag } from './tag.repository';
export type { ActivityRecord } from './activities/activity.repository';
export type { ActivityTask } from './activities/activity-task.service';
export type { LateTaskResult, TransitionObserver } from './transition-observer';
export type { MapRunDescription, MapRunListItem, MapRunUpdate } from './map-runs/map-run.service';
