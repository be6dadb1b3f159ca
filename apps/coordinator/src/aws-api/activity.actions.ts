import { Inject, Injectable } from '@nestjs/common';
import type { Engine } from '@lib/engine';
import { ENGINE } from '../runtime/engine.token';
import { createActivity, deleteActivity, describeActivity, getActivityTask, pageOfActivities } from '../operations/activity.operations';
import { requireEngine, type AwsAction, type AwsActionGroup } from './aws-action';
import { activityShape } from './activity.shape';
import { ARN_RULE } from './aws-identifiers';
import { MAX_NAME_LENGTH, MAX_PAGE_SIZE, MAX_PAGE_TOKEN_LENGTH } from './aws-limits';
import type { AwsRequest } from './aws-request';
import { epochSeconds, jsonText } from './aws-values';
import { pageSize } from './page-token';
import { readTags } from './tag.actions';

/** CreateActivity, DescribeActivity, DeleteActivity, ListActivities and GetActivityTask. */
@Injectable()
export class ActivityActions implements AwsActionGroup {
  readonly actions: Readonly<Record<string, AwsAction>> = {
    CreateActivity: (r) => this.create(r),
    DescribeActivity: (r) => this.describe(r),
    DeleteActivity: (r) => this.delete(r),
    ListActivities: (r) => this.list(r),
    GetActivityTask: (r) => this.getTask(r),
  };

  constructor(@Inject(ENGINE) private readonly engine: Engine | undefined) {}

  private async create(r: AwsRequest) {
    const name = r.requiredString('name', { max: MAX_NAME_LENGTH, min: 1 });
    const tags = readTags(r, false);
    r.validate();
    const activity = await createActivity(requireEngine(this.engine), name, tags);
    return { activityArn: activity.arn, creationDate: epochSeconds(activity.creationDate) };
  }

  private async describe(r: AwsRequest) {
    const arn = r.requiredString('activityArn', ARN_RULE);
    r.validate();
    return activityShape(await describeActivity(requireEngine(this.engine), arn));
  }

  private async delete(r: AwsRequest) {
    const arn = r.requiredString('activityArn', ARN_RULE);
    r.validate();
    await deleteActivity(requireEngine(this.engine), arn);
    return {};
  }

  private async list(r: AwsRequest) {
    const size = pageSize(r.integer('maxResults', { min: 0, max: MAX_PAGE_SIZE }));
    const token = r.string('nextToken', { max: MAX_PAGE_TOKEN_LENGTH, min: 1 });
    r.validate();
    const page = await pageOfActivities(requireEngine(this.engine), size, token);
    return { activities: page.activities.map(activityShape), ...(page.nextToken !== undefined && { nextToken: page.nextToken }) };
  }

  /** A long poll (up to 60 s, as AWS); no task is `{}`, as AWS answers with no taskToken. */
  private async getTask(r: AwsRequest) {
    const arn = r.requiredString('activityArn', ARN_RULE);
    const workerName = r.string('workerName', { max: MAX_NAME_LENGTH, min: 1 });
    r.validate();
    const task = await getActivityTask(requireEngine(this.engine), arn, workerName, r.signal);
    return task ? { taskToken: task.taskToken, input: jsonText(task.input) } : {};
  }
}
