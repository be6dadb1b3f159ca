/**
 * BullMQ queues shared by coordinators and workers. Renaming one strands the jobs already in it,
 * so a rename needs a migration. BullMQ rejects `:` in queue names.
 */
export const QueueName = {
  /** Transition jobs: the coordinator evaluates states and records history. */
  Coordinator: 'stepwise-coordinator',
  /** Jobs of the built-in HTTP task (`arn:aws:states:::http:invoke`). */
  HttpTask: 'stepwise-http-task',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];
