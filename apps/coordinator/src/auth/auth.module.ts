import { Module, type INestApplication } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AuthMiddleware } from './auth.middleware';

/** Credentials on the HTTP port (see AuthMiddleware); gRPC checks them in grpcApiKeyInterceptor. */
@Module({ providers: [AuthMiddleware] })
export class AuthModule {}

/**
 * Puts AuthMiddleware in front of everything on the HTTP port. Called before `listen()`: Nest adds
 * its routes, and Bull Board its router, when the app initialises, so this comes first. (Nest's
 * own middleware runs only for Nest's routes, which would leave Bull Board and unknown paths out.)
 */
export function applyAuthentication(app: INestApplication): void {
  const middleware = app.get(AuthMiddleware);
  app.use((request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => {
    middleware.use(request, response, next).catch(next);
  });
}
