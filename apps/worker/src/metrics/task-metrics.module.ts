import { Module } from '@nestjs/common';
import { TaskMetrics } from './task.metrics';

/** The worker's own metrics, beside ObservabilityModule's. */
@Module({ providers: [TaskMetrics], exports: [TaskMetrics] })
export class TaskMetricsModule {}
