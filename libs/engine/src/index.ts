export { Keys, DEFAULT_KEY_PREFIX } from './keys';
export { defineScripts, type ScriptedRedis } from './scripts';
export { ROOT_RUN_ID, childRunId, type ExecutionRecord, type ParentTask, type RunRecord, type ExecutionStatusValue } from './execution-record';
export { ExecutionRepository } from './execution.repository';
export { JobRepository, DEFAULT_JOB_OPTIONS } from './job.repository';
export { Orchestrator, type OrchestratorSettings } from './orchestrator';
export { createTransitionWorker, DEFAULT_TRANSITION_CONCURRENCY } from './coordinator-worker';
export {
  ExecutionService,
  executionId,
  type ListExecutionsFilter,
  type StartExecutionRequest,
  type ExecutionServiceSettings,
} from './execution.service';
export {
  ActivityNotFoundError,
  ExecutionAlreadyExistsError,
  ExecutionNotFoundError,
  ExecutionNotRedrivableError,
  TaskTimedOutError,
  TaskTokenNotFoundError,
} from './engine.errors';
export { systemEntropy } from './entropy';
export { createEngine, DEFAULT_ACCOUNT_ID, DEFAULT_REGION, type Engine, type EngineOptions } from './engine';
export { ExpressService, type StartSyncExecutionRequest } from './express/express.service';
export { systemClock } from './express/system-clock';
export { StateMachineRepository, type StateMachineRecord } from './state-machine.repository';
export { START_EXECUTION_HANDLER } from './nested/nested-execution.consumer';
export { watchHistory, WATCH_POLL_INTERVAL_MS } from './history-watch';
export { PendingTaskRepository, type CallbackPosition } from './pending-task.repository';
export type { PendingTask } from './pending-task';
export { ResourceConflictError, ResourceNotFoundError, ServiceQuotaExceededError, TooManyTagsError } from './engine.errors';
export { splitStateMachineArn, stateMachineAliasArn, stateMachineVersionArn, type StateMachineArnParts } from './state-machine-arn';
export {
  StateMachineVersionRepository,
  MAX_VERSIONS_PER_STATE_MACHINE,
  INITIAL_REVISION,
  revisionOf,
  type StateMachineVersionRecord,
} from './state-machine-version.repository';
export {
  StateMachineAliasRepository,
  MAX_ALIASES_PER_STATE_MACHINE,
  type RoutingConfigurationItem,
  type StateMachineAliasRecord,
} from './state-machine-alias.repository';
export { StateMachineResolver, pickVersion, type ResolvedStateMachine } from './state-machine.resolver';
export { TagRepository, MAX_TAGS_PER_RESOURCE, type Tag } from './tag.repository';
export { ActivityRepository, type ActivityRecord } from './activities/activity.repository';
export { ActivityTaskService, DEFAULT_ACTIVITY_POLL_MS, type ActivityTask } from './activities/activity-task.service';
export type { LateTaskResult, TransitionObserver } from './transition-observer';
export { MapRunService, type MapRunCounts, type MapRunDescription, type MapRunListItem, type MapRunUpdate } from './map-runs/map-run.service';
