import { Logger, Module, type DynamicModule, type OnApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import type { Settings } from '@lib/config';
import { createEngine, type Engine } from '@lib/engine';
import { ExecutionMetrics } from '../metrics/execution.metrics';
import { ENGINE } from './engine.token';

/** Closes the engine when the process shuts down: the orchestrator stops taking jobs, running ones finish. */
@Injectable()
class EngineLifecycle implements OnApplicationShutdown {
  constructor(@Inject(ENGINE) private readonly engine: Engine | undefined) {}

  async onApplicationShutdown(): Promise<void> {
    await this.engine?.close();
  }
}

/** The runtime of a coordinator: the execution service and the orchestrator on Redis. */
@Module({})
export class RuntimeModule {
  static forRoot(settings: Settings): DynamicModule {
    return {
      module: RuntimeModule,
      providers: [
        {
          provide: ENGINE,
          inject: [ExecutionMetrics],
          useFactory: async (metrics: ExecutionMetrics): Promise<Engine | undefined> => {
            const logger = new Logger('Runtime');
            if (!settings.redisUrl) {
              logger.warn('REDIS_URL is not set: this coordinator runs no executions');
              return undefined;
            }
            const engine = await createEngine({
              redisUrl: settings.redisUrl,
              lockDurationMs: settings.jobLockMs,
              stalledIntervalMs: settings.stalledCheckMs,
              limits: { maxHistoryEvents: settings.maxHistoryEvents },
              activityPollMs: settings.activityPollMs,
              observer: metrics,
            });
            logger.log('orchestrator consuming transition jobs');
            return engine;
          },
        },
        EngineLifecycle,
      ],
      exports: [ENGINE],
    };
  }
}
