import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { InvalidSettingsError, readProcessSettings } from '@lib/config';
import { createAppLogger, listenOnPort } from '@lib/observability';
import { applyAuthentication } from './auth/auth.module';
import { CoordinatorModule } from './coordinator.module';
import { serveOpenApi } from './rest/openapi';

async function bootstrap(): Promise<void> {
  const settings = readProcessSettings();
  const app = await NestFactory.create(CoordinatorModule.forRoot(settings), {
    logger: createAppLogger(settings),
    // The AWS protocol door reads its own bodies, so a malformed one is answered in AWS's shape.
    bodyParser: false,
  });
  app.enableShutdownHooks();
  applyAuthentication(app);
  serveOpenApi(app);
  await listenOnPort(app, settings, 'Coordinator');
}

bootstrap().catch((error: unknown) => {
  // Bad settings are an operator's mistake: one line that names them, not a stack trace.
  console.error(error instanceof InvalidSettingsError ? error.message : error);
  process.exit(1);
});
