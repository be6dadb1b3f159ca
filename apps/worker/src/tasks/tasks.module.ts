import { Module } from '@nestjs/common';
import { TaskWorkerService } from './task-worker.service';

@Module({ providers: [TaskWorkerService] })
export class TasksModule {}
