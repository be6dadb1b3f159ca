// What both apps serve for operators: /health, /metrics, and their log format.
export { ObservabilityModule } from './observability.module';
export { healthReport, HEALTH_CHECK_TIMEOUT_MS, type HealthReport } from './health/health-report';
export { QueueProbeRepository, QUEUE_DEPTH_STATES } from './queue-probe.repository';
export { createAppLogger } from './logging/app-logger';
export { listenOnPort } from './listen';
