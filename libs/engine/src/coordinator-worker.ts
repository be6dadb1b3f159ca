import { Worker, type ConnectionOptions } from 'bullmq';
import { QueueName, type TransitionJob } from '@lib/contracts';
import type { Orchestrator } from './orchestrator';

/** Transition jobs one coordinator process applies at once. */
export const DEFAULT_TRANSITION_CONCURRENCY = 32;

/** The BullMQ consumer of the coordinator queue: every transition job goes to the orchestrator. */
export function createTransitionWorker(
  orchestrator: Orchestrator,
  connection: ConnectionOptions,
  options: { prefix?: string; concurrency?: number } = {},
): Worker<TransitionJob> {
  return new Worker<TransitionJob>(QueueName.Coordinator, (job) => orchestrator.process(job.data, job.id as string), {
    connection,
    prefix: options.prefix,
    concurrency: options.concurrency ?? DEFAULT_TRANSITION_CONCURRENCY,
  });
}
