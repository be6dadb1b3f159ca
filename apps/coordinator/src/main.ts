import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { enabledLogLevels, InvalidSettingsError, readProcessSettings } from '@lib/config';
import { CoordinatorModule } from './coordinator.module';

async function bootstrap(): Promise<void> {
  const settings = readProcessSettings();
  const app = await NestFactory.create(CoordinatorModule.forRoot(settings), {
    logger: enabledLogLevels(settings.logLevel),
    // The AWS protocol door reads its own bodies, so a malformed one is answered in AWS's shape.
    bodyParser: false,
  });
  app.enableShutdownHooks();
  await app.listen(settings.port);
  new Logger('Coordinator').log(`listening on port ${settings.port} (pid ${process.pid})`);
}

bootstrap().catch((error: unknown) => {
  // Bad settings are an operator's mistake: one line that names them, not a stack trace.
  console.error(error instanceof InvalidSettingsError ? error.message : error);
  process.exit(1);
});
