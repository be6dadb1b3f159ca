import { Worker, type ConnectionOptions } from 'bullmq';
import { QueueName, type TransitionJob } from '@lib/contracts';
import type { Orchestrator } from './orchestrator';

/** Times a transition job may lose its coordinator before BullMQ gives up on it; replays are harmless. */
export const MAX_STALLED_COUNT = 100;

/** Transition jobs one coordinator process applies at once. */
export const DEFAULT_TRANSITION_CONCURRENCY = 32;

/** The BullMQ consumer of the coordinator queue: every transition job goes to the orchestrator. */
export function createTransitionWorker(
  orchestrator: Orchestrator,
  connection: ConnectionOptions,
  options: {
    prefix?: string;
    concurrency?: number;
    lockDurationMs?: number;
    stalledIntervalMs?: number;
    onError?: (error: Error) => void;
  } = {},
): Worker<TransitionJob> {
  const worker = new Worker<TransitionJob>(QueueName.Coordinator, (job) => orchestrator.process(job.data, job.id as string), {
    connection,
    prefix: options.prefix,
    concurrency: options.concurrency ?? DEFAULT_TRANSITION_CONCURRENCY,
    ...(options.lockDurationMs !== undefined && { lockDuration: options.lockDurationMs }),
    ...(options.stalledIntervalMs !== undefined && { stalledInterval: options.stalledIntervalMs }),
    maxStalledCount: MAX_STALLED_COUNT,
  });
  // Lost connections (a Redis restart) are reported here; BullMQ reconnects by itself.
  worker.on('error', (error) => options.onError?.(error));
  return worker;
}
