// What both apps serve for operators: /health, /metrics, their log format, and which queues exist.
export { ObservabilityModule } from './observability.module';
export { TaskQueueRepository } from './task-queue.repository';
export { createAppLogger } from './logging/app-logger';
export { listenOnPort } from './listen';
