import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { MAX_REQUEST_BYTES } from '../aws-api/aws-json-wire';
import { MAX_PAYLOAD_BYTES } from '../aws-api/aws-limits';
import { ExecutionEventsController } from './execution-events.controller';
import { ExecutionTasksController } from './execution-tasks.controller';
import { ExecutionsController } from './executions.controller';
import { jsonBody } from './json-body.middleware';
import { StateMachinesController } from './state-machines.controller';
import { TaskTokensController } from './task-tokens.controller';
import { ActivitiesController } from './activities.controller';
import { StateMachineAliasesController } from './state-machine-aliases.controller';
import { StateMachineVersionsController } from './state-machine-versions.controller';
import { MapRunsController } from './map-runs.controller';
import { RestNotFoundController } from './rest-not-found.controller';

/** Room in a body for the members around a payload (name, token, error, ...). */
const BODY_OVERHEAD_BYTES = 64 * 1024;

/** The REST API under `/v1` (JSON in and out; OpenAPI at `/docs`, see openapi.ts). */
@Module({})
export class RestModule implements NestModule {
  /** `runtime` is the process's RuntimeModule, the very object the root module imports, so all doors share one engine. */
  static forRoot(runtime: DynamicModule): DynamicModule {
    return {
      module: RestModule,
      imports: [runtime],
      // RestNotFoundController last: it answers whatever the others do not serve.
      controllers: [StateMachinesController, ExecutionsController, ExecutionEventsController, ExecutionTasksController, TaskTokensController, ActivitiesController, StateMachineVersionsController, StateMachineAliasesController, MapRunsController, RestNotFoundController],
    };
  }

  /** Bodies that carry a definition may be as large as the AWS door's; the others hold at most a payload. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(jsonBody(MAX_REQUEST_BYTES)).forRoutes(StateMachinesController, StateMachineVersionsController, StateMachineAliasesController);
    consumer.apply(jsonBody(MAX_PAYLOAD_BYTES + BODY_OVERHEAD_BYTES)).forRoutes(ExecutionsController, TaskTokensController, ActivitiesController, MapRunsController);
  }
}
