import { ActivityNotFoundError, MAX_TAGS_PER_RESOURCE, TooManyTagsError, type ActivityRecord, type ActivityTask, type Engine, type Tag } from '@lib/engine';
import { activityArn, checkActivityArn, checkName } from '../aws-api/aws-identifiers';
import { creationOrderPage } from './creation-order-page';

// What the activity actions do, whichever door (AWS protocol, REST) was asked: the doors read and
// check their own wire formats, then call these.

/** Idempotent by name: creating an activity that exists answers with it, its tags unchanged. */
export async function createActivity(engine: Engine, name: string, tags: readonly Tag[] = []): Promise<ActivityRecord> {
  checkName(name);
  const arn = activityArn(name);
  if (tags.length > MAX_TAGS_PER_RESOURCE) throw new TooManyTagsError(arn, MAX_TAGS_PER_RESOURCE);
  const { activity, created } = await engine.activities.create({ arn, name, creationDate: Date.now() });
  if (created) await engine.tags.tag(activity.arn, tags);
  return activity;
}

export async function describeActivity(engine: Engine, arn: string): Promise<ActivityRecord> {
  checkActivityArn(arn);
  const activity = await engine.activities.get(arn);
  if (!activity) throw new ActivityNotFoundError(arn);
  return activity;
}

/** As on AWS, deleting an activity that does not exist succeeds. */
export async function deleteActivity(engine: Engine, arn: string): Promise<void> {
  checkActivityArn(arn);
  await engine.activities.delete(arn);
  await engine.tags.deleteAll(arn);
}

/** In creation order; the token names the last activity of the previous page. */
export async function pageOfActivities(engine: Engine, size: number, token?: string): Promise<{ activities: ActivityRecord[]; nextToken?: string }> {
  const { page, nextToken } = creationOrderPage(await engine.activities.list(), size, token);
  return { activities: page, ...(nextToken !== undefined && { nextToken }) };
}

/** Long-polls for the activity's next task; undefined when none came within the poll time or the caller left (`signal`). */
export async function getActivityTask(engine: Engine, arn: string, workerName?: string, signal?: AbortSignal): Promise<ActivityTask | undefined> {
  checkActivityArn(arn);
  return engine.activityTasks.getActivityTask(arn, workerName, signal);
}
