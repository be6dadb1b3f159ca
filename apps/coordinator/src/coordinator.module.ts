import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, type Settings } from '@lib/config';
import { HealthModule } from './health/health.module';
import { RuntimeModule } from './runtime/runtime.module';

/** Root module of a coordinator process: health, and the runtime (orchestrator) on Redis. */
@Module({})
export class CoordinatorModule {
  static forRoot(settings: Settings): DynamicModule {
    return { module: CoordinatorModule, imports: [ConfigModule.forRoot(settings), HealthModule, RuntimeModule.forRoot(settings)] };
  }
}
