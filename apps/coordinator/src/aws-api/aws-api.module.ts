import { Module, type DynamicModule } from '@nestjs/common';
import { AwsActionRegistry } from './aws-action.registry';
import { AwsApiController } from './aws-api.controller';
import { ExecutionActions } from './execution.actions';
import { HistoryActions } from './history.actions';
import { StateMachineActions } from './state-machine.actions';
import { TaskActions } from './task.actions';
import { ActivityActions } from './activity.actions';
import { StateMachineVersionActions } from './state-machine-version.actions';
import { StateMachineAliasActions } from './state-machine-alias.actions';
import { TagActions } from './tag.actions';
import { TestStateActions } from './test-state.actions';
import { MapRunActions } from './map-run.actions';

/** The AWS Step Functions API (JSON 1.0 protocol) on the coordinator's HTTP port. */
@Module({})
export class AwsApiModule {
  /** `runtime` is the process's RuntimeModule, the very object the root module imports, so both share one engine. */
  static forRoot(runtime: DynamicModule): DynamicModule {
    return {
      module: AwsApiModule,
      imports: [runtime],
      controllers: [AwsApiController],
      providers: [AwsActionRegistry, StateMachineActions, ExecutionActions, HistoryActions, TaskActions, ActivityActions, StateMachineVersionActions, StateMachineAliasActions, TagActions, TestStateActions, MapRunActions],
    };
  }
}
