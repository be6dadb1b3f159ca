import type { JobsOptions } from 'bullmq';
import type { TaskJob, TransitionJob } from '@lib/contracts';

/** A BullMQ job to add once the transition that produced it is committed. */
export interface OutgoingJob {
  readonly queue: string;
  readonly name: string;
  readonly data: TransitionJob | TaskJob;
  readonly opts: JobsOptions & { readonly jobId: string };
}
