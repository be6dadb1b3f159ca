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
