import { QUEUE_PREFIX, QueueName, TASK_QUEUE_PREFIX } from '@lib/contracts';

/** Names the kind of Redis key a command touches, for grouping round trips. */
export function keyFamily(key: string): string {
  if (key.startsWith(`${QUEUE_PREFIX}:${QueueName.Coordinator}:`)) return 'coordinator-queue';
  if (key.startsWith(`${QUEUE_PREFIX}:${TASK_QUEUE_PREFIX}`)) return 'task-queue';
  if (key.startsWith('bull:bench-')) return 'baseline-queue';
  if (key.startsWith('sfn:{')) return 'execution';
  if (key.startsWith('sfn:ended:')) return 'ended-channel';
  if (key.startsWith('sfn:')) return 'execution-index';
  return key.split(':')[0] || '-';
}
