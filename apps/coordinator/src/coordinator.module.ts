import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, type Settings } from '@lib/config';
import { ObservabilityModule } from '@lib/observability';
import { AuthModule } from './auth/auth.module';
import { AwsApiModule } from './aws-api/aws-api.module';
import { BullBoardModule } from './bull-board/bull-board.module';
import { ConsoleModule } from './console/console.module';
import { GrpcModule } from './grpc/grpc.module';
import { RestModule } from './rest/rest.module';
import { ExecutionMetricsModule } from './metrics/execution-metrics.module';
import { RuntimeModule } from './runtime/runtime.module';

/** Root module of a coordinator process: credentials, /health and /metrics, the runtime (orchestrator) on Redis, the AWS, gRPC and REST APIs, Bull Board and the console. */
@Module({})
export class CoordinatorModule {
  static forRoot(settings: Settings): DynamicModule {
    const runtime = RuntimeModule.forRoot(settings);
    return { module: CoordinatorModule, imports: [ConfigModule.forRoot(settings), AuthModule, ObservabilityModule, ExecutionMetricsModule, runtime, AwsApiModule.forRoot(runtime), BullBoardModule, ConsoleModule, GrpcModule.forRoot(runtime), RestModule.forRoot(runtime)] };
  }
}
