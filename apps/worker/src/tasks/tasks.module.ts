import { Module } from '@nestjs/common';
import { TaskMetricsModule } from '../metrics/task-metrics.module';
import { TaskWorkerService } from './task-worker.service';

@Module({ imports: [TaskMetricsModule], providers: [TaskWorkerService] })
export class TasksModule {}
