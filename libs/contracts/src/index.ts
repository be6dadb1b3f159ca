// Names and shapes that cross a process boundary. Import only types from @lib/asl here.
export { ExecutionStatus, TERMINAL_EXECUTION_STATUSES } from './execution-status';
export { HistoryEventType } from './history-event-type';
export { QueueName } from './queue-name';
