import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { InvalidSettingsError, readProcessSettings } from '@lib/config';
import { createAppLogger, listenOnPort } from '@lib/observability';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const settings = readProcessSettings();
  const app = await NestFactory.create(WorkerModule.forRoot(settings), {
    logger: createAppLogger(settings),
  });
  app.enableShutdownHooks();
  await listenOnPort(app, settings, 'Worker');
}

bootstrap().catch((error: unknown) => {
  // Bad settings are an operator's mistake: one line that names them, not a stack trace.
  console.error(error instanceof InvalidSettingsError ? error.message : error);
  process.exit(1);
});
