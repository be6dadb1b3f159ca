import { Module, type DynamicModule } from '@nestjs/common';
import { ExecutionsGrpcController } from './executions.grpc-controller';
import { GrpcServerService } from './grpc-server.service';

/** The gRPC API (`stepwise.v1.Executions`, libs/contracts/src/stepwise.proto) on GRPC_PORT. */
@Module({})
export class GrpcModule {
  /** `runtime` is the process's RuntimeModule, the very object the root module imports, so both share one engine. */
  static forRoot(runtime: DynamicModule): DynamicModule {
    return { module: GrpcModule, imports: [runtime], providers: [ExecutionsGrpcController, GrpcServerService] };
  }
}
