import { Global, Inject, Injectable, Module, Optional, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { ConfigService } from '@lib/config';
import { HealthController } from './health/health.controller';
import { MetricsController } from './metrics/metrics.controller';
import { registerQueueDepthGauges } from './metrics/queue-depth.gauges';
import { QueueProbeRepository } from './queue-probe.repository';

/** Closes the probe's Redis connection with the app. */
@Injectable()
class ProbeLifecycle implements OnApplicationShutdown {
  constructor(@Optional() @Inject(QueueProbeRepository) private readonly probe?: QueueProbeRepository) {}

  async onApplicationShutdown(): Promise<void> {
    await this.probe?.close();
  }
}

const PROVIDERS: Provider[] = [
  {
    provide: QueueProbeRepository,
    inject: [ConfigService],
    useFactory: (config: ConfigService) => (config.settings.redisUrl === undefined ? undefined : QueueProbeRepository.connect(config.settings.redisUrl)),
  },
  {
    provide: Registry,
    inject: [QueueProbeRepository],
    useFactory: (probe: QueueProbeRepository | undefined) => {
      const registry = new Registry();
      collectDefaultMetrics({ register: registry });
      if (probe !== undefined) registerQueueDepthGauges(registry, probe);
      return registry;
    },
  },
  ProbeLifecycle,
];

/**
 * `/health` (Redis and the queues) and `/metrics` (Prometheus), the same in a coordinator and a
 * worker. The prom-client Registry is exported: an app adds its own metrics to it.
 */
@Global()
@Module({ controllers: [HealthController, MetricsController], providers: PROVIDERS, exports: [Registry] })
export class ObservabilityModule {}
