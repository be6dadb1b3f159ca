import type { ActivityRecord } from '@lib/engine';
import { epochSeconds } from './aws-values';

/** DescribeActivity's output, which is also an `ActivityListItem`. */
export function activityShape(activity: ActivityRecord) {
  return { activityArn: activity.arn, name: activity.name, creationDate: epochSeconds(activity.creationDate) };
}
