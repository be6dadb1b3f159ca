import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, type Settings } from '@lib/config';
import { HealthModule } from './health/health.module';

/** Root module of a coordinator process (API adapters and orchestrator arrive with the runtime). */
@Module({})
export class CoordinatorModule {
  static forRoot(settings: Settings): DynamicModule {
    return { module: CoordinatorModule, imports: [ConfigModule.forRoot(settings), HealthModule] };
  }
}
