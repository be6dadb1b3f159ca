import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Server, ServerCredentials } from '@grpc/grpc-js';
import { ConfigService, listenAddress } from '@lib/config';
import type { Engine } from '@lib/engine';
import { ApiKeyCheck } from '../auth/api-key.check';
import { grpcApiKeyInterceptor } from '../auth/grpc-api-key.interceptor';
import { ENGINE } from '../runtime/engine.token';
import { ExecutionsGrpcController } from './executions.grpc-controller';
import { executionsService } from './stepwise-proto';

/** How long open calls get to finish on shutdown before they are cut. */
export const GRPC_SHUTDOWN_GRACE_MS = 2_000;

/** Runs the gRPC door on GRPC_PORT while the coordinator runs, when it has an engine. */
@Injectable()
export class GrpcServerService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Grpc');
  private server: Server | undefined;

  constructor(
    @Inject(ENGINE) private readonly engine: Engine | undefined,
    private readonly config: ConfigService,
    private readonly executions: ExecutionsGrpcController,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.engine === undefined) {
      this.logger.warn('REDIS_URL is not set: no gRPC server');
      return;
    }
    // The same interface as HTTP (main.ts), and the same API keys as REST.
    const apiKeys = new ApiKeyCheck(this.config.settings.apiKeys);
    const server = new Server({ interceptors: apiKeys.required ? [grpcApiKeyInterceptor(apiKeys)] : [] });
    server.addService(executionsService(), this.executions.implementation());
    const address = `${listenAddress(this.config.settings).host}:${this.config.settings.grpcPort}`;
    await new Promise<number>((resolve, reject) =>
      server.bindAsync(address, ServerCredentials.createInsecure(), (error, port) => (error ? reject(error) : resolve(port))),
    );
    this.server = server;
    this.logger.log(`gRPC listening on ${address}`);
  }

  /** Ends the watch streams, lets unary calls finish, then cuts what is left. */
  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (server === undefined) return;
    this.server = undefined;
    this.executions.close();
    await new Promise<void>((resolve) => {
      const cut = setTimeout(() => {
        server.forceShutdown();
        resolve();
      }, GRPC_SHUTDOWN_GRACE_MS);
      server.tryShutdown(() => {
        clearTimeout(cut);
        resolve();
      });
    });
  }
}
