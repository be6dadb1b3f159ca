// Names and shapes that cross a process boundary. Import only types from @lib/asl here.
export { ExecutionStatus, TERMINAL_EXECUTION_STATUSES } from './execution-status';
export { HistoryEventType } from './history-event-type';
export { QUEUE_PREFIX, QueueName, TASK_HANDLER_REGISTRY, TASK_QUEUE_PREFIX, taskQueueName } from './queue-name';
export { JobName, TASK_CANCELLATION_CHANNEL, jobIds, heartbeatTtlMs, taskOutcomeJob, type TaskJob, type TaskOutcome, type TransitionJob } from './jobs';
export { TASK_OUTCOME_GROUP, readTaskOutcomeEntry, taskOutcomeEntryFields, taskOutcomeStream, type TaskOutcomeEntry } from './task-outcome-stream';
