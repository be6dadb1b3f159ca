import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, type Settings } from '@lib/config';
import { HealthModule } from './health/health.module';

/** Root module of a worker process (task handlers arrive with the worker SDK). */
@Module({})
export class WorkerModule {
  static forRoot(settings: Settings): DynamicModule {
    return { module: WorkerModule, imports: [ConfigModule.forRoot(settings), HealthModule] };
  }
}
