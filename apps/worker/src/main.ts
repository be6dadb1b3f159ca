import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { enabledLogLevels, InvalidSettingsError, readProcessSettings } from '@lib/config';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const settings = readProcessSettings();
  const app = await NestFactory.create(WorkerModule.forRoot(settings), {
    logger: enabledLogLevels(settings.logLevel),
  });
  app.enableShutdownHooks();
  await app.listen(settings.port);
  new Logger('Worker').log(`listening on port ${settings.port} (pid ${process.pid})`);
}

bootstrap().catch((error: unknown) => {
  // Bad settings are an operator's mistake: one line that names them, not a stack trace.
  console.error(error instanceof InvalidSettingsError ? error.message : error);
  process.exit(1);
});
