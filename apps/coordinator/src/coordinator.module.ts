import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, type Settings } from '@lib/config';
import { AwsApiModule } from './aws-api/aws-api.module';
import { BullBoardModule } from './bull-board/bull-board.module';
import { GrpcModule } from './grpc/grpc.module';
import { HealthModule } from './health/health.module';
import { RuntimeModule } from './runtime/runtime.module';

/** Root module of a coordinator process: health, the runtime (orchestrator) on Redis, the AWS API and the gRPC API. */
@Module({})
export class CoordinatorModule {
  static forRoot(settings: Settings): DynamicModule {
    const runtime = RuntimeModule.forRoot(settings);
    return { module: CoordinatorModule, imports: [ConfigModule.forRoot(settings), HealthModule, runtime, AwsApiModule.forRoot(runtime), BullBoardModule, GrpcModule.forRoot(runtime)] };
  }
}
