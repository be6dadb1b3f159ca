import { Injectable } from '@nestjs/common';
import type { AwsAction, AwsActionGroup } from './aws-action';
import { awsError } from './aws-api.error';
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

/** The `X-Amz-Target` prefix of every Step Functions action. */
export const TARGET_PREFIX = 'AWSStepFunctions.';

/** Every action this door serves, by `X-Amz-Target`. */
@Injectable()
export class AwsActionRegistry {
  private readonly byTarget: ReadonlyMap<string, AwsAction>;

  constructor(stateMachines: StateMachineActions, executions: ExecutionActions, history: HistoryActions, tasks: TaskActions, activities: ActivityActions, versions: StateMachineVersionActions, aliases: StateMachineAliasActions, tags: TagActions, testState: TestStateActions, mapRuns: MapRunActions) {
    const groups: AwsActionGroup[] = [stateMachines, executions, history, tasks, activities, versions, aliases, tags, testState, mapRuns];
    this.byTarget = new Map(groups.flatMap((group) => Object.entries(group.actions)).map(([name, action]) => [`${TARGET_PREFIX}${name}`, action]));
  }

  /** The action a target names; AWS's UnknownOperationException for any other. */
  resolve(target: string | undefined): AwsAction {
    const action = target === undefined ? undefined : this.byTarget.get(target);
    if (action === undefined) throw awsError.unknownOperation(target);
    return action;
  }

  /** The action names served, e.g. `CreateStateMachine`. */
  names(): string[] {
    return [...this.byTarget.keys()].map((target) => target.slice(TARGET_PREFIX.length));
  }
}
