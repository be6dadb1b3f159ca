/**
 * BullMQ queues shared by coordinators and workers. Renaming one strands the jobs already in it,
 * so a rename needs a migration. BullMQ rejects `:` in queue names.
 */
export const QueueName = {
  /** Transition jobs: the coordinator evaluates states and records history. */
  Coordinator: 'stepwise-coordinator',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

/**
 * BullMQ's key prefix for every Stepwise queue. A hash tag: each BullMQ script touches several
 * keys of one queue, so on Redis Cluster they must share a slot.
 */
export const QUEUE_PREFIX = '{stepwise}';

/** Prefix of the queue of each task handler name. */
export const TASK_QUEUE_PREFIX = 'stepwise-task-';

/**
 * The queue serving a task handler: a Lambda function name, an activity name, or a Task
 * Resource that names neither. Characters BullMQ or Redis keys do not like become `_`.
 */
export function taskQueueName(handler: string): string {
  return TASK_QUEUE_PREFIX + handler.replace(/[^A-Za-z0-9_.-]/g, '_');
}

/**
 * Redis set of every handler name a worker has served. A task whose handler no worker ever
 * served fails at once (as AWS fails a Lambda function that does not exist) instead of waiting
 * in a queue nobody reads.
 */
export const TASK_HANDLER_REGISTRY = 'stepwise:task-handlers';
