import { Global, Module } from '@nestjs/common';
import { ExecutionMetrics } from './execution.metrics';

/** The coordinator's own metrics, beside ObservabilityModule's; the runtime hands them to the engine. */
@Global()
@Module({ providers: [ExecutionMetrics], exports: [ExecutionMetrics] })
export class ExecutionMetricsModule {}
