import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, type Settings } from '@lib/config';
import { ObservabilityModule } from '@lib/observability';
import { TasksModule } from './tasks/tasks.module';

/** Root module of a worker process: /health and /metrics, and the Task handlers it serves over Redis. */
@Module({})
export class WorkerModule {
  static forRoot(settings: Settings): DynamicModule {
    return { module: WorkerModule, imports: [ConfigModule.forRoot(settings), ObservabilityModule, TasksModule] };
  }
}
