import type { INestApplication, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadSettings } from '@lib/config';
import { WorkerModule } from '../worker.module';
import { TaskWorkerService } from './task-worker.service';

describe(TaskWorkerService.name, () => {
  let app: INestApplication;
  const warnings: string[] = [];
  const logger: LoggerService = { log: () => {}, error: () => {}, warn: (message: string) => warnings.push(message) };

  beforeAll(async () => {
    app = await NestFactory.create(WorkerModule.forRoot(loadSettings({})), { logger });
    await app.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    await app.close();
  });

  it('without REDIS_URL still serves /health, and says it serves no tasks', async () => {
    const response = await fetch(`${await app.getUrl()}/health`);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(warnings).toContain('REDIS_URL is not set: this worker has no Redis and serves no tasks (only /health)');
  });
});
