import { randomUUID } from 'node:crypto';
import type { Json } from '@lib/asl';
import { QueueName, taskQueueName, type TaskJob } from '@lib/contracts';
import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { ActivityNotFoundError } from '../engine.errors';
import type { ExecutionRepository } from '../execution.repository';
import type { JobRepository } from '../job.repository';
import { transition } from '../plan-jobs';
import type { ActivityRepository } from './activity.repository';
import { transitionJobIds } from '../transition-job-ids';

/** How long GetActivityTask waits for a task before answering with none (AWS: 60 s). */
export const DEFAULT_ACTIVITY_POLL_MS = 60_000;

/**
 * The longest one blocking read of the activity's queue lasts; a poll ends at most this long after
 * its deadline. A new task wakes the read at once, so this costs no latency.
 */
const POLL_BLOCK_SECONDS = 2;

/** How long a poll waits for the coordinator to record ActivityStarted before handing the task out. */
const STARTED_RECORD_WAIT_MS = 5_000;
const STARTED_RECORD_CHECK_MS = 20;

/** An activity task handed to a poller. */
export interface ActivityTask {
  readonly taskToken: string;
  readonly input: Json;
}

export interface ActivityTaskServiceSettings {
  readonly connection: Redis;
  readonly prefix?: string;
  /** See DEFAULT_ACTIVITY_POLL_MS. */
  readonly pollMs?: number;
}

/**
 * GetActivityTask on BullMQ: an activity's tasks wait as task jobs on the queue named after its
 * ARN (the same queue SDK workers serving that ARN consume), and a poll takes one with a
 * manually fetching BullMQ Worker. A task taken is never handed out again: it is the poller's
 * until it answers with its token or TimeoutSeconds / HeartbeatSeconds run out, as on AWS.
 */
export class ActivityTaskService {
  private readonly polls = new Set<Worker<TaskJob>>();

  constructor(
    private readonly activities: ActivityRepository,
    private readonly executions: ExecutionRepository,
    private readonly jobs: JobRepository,
    private readonly settings: ActivityTaskServiceSettings,
    private readonly clock: () => number = Date.now,
  ) {}

  /**
   * The next task of the activity, or undefined when none came within the poll time or the poller
   * went away (`signal`): a task that arrives for a poller that left goes back to the queue.
   */
  async getActivityTask(activityArn: string, workerName?: string, signal?: AbortSignal): Promise<ActivityTask | undefined> {
    if (!(await this.activities.exists(activityArn))) throw new ActivityNotFoundError(activityArn);
    const { connection, prefix } = this.settings;
    const pollMs = this.settings.pollMs ?? DEFAULT_ACTIVITY_POLL_MS;
    const drainDelay = Math.min(POLL_BLOCK_SECONDS, pollMs / 1000);
    const poll = new Worker<TaskJob>(taskQueueName(activityArn), null, { connection, prefix, autorun: false, drainDelay });
    poll.on('error', () => undefined); // a lost connection ends this poll empty; the caller polls again
    this.polls.add(poll);
    const lockToken = randomUUID();
    const deadline = this.clock() + pollMs;
    try {
      while (this.clock() < deadline && this.polls.has(poll) && !signal?.aborted) {
        const job = await poll.getNextJob(lockToken, { block: true });
        if (job && signal?.aborted) {
          await job.moveToWait(lockToken);
          return undefined;
        }
        const task = job && (await this.handOut(job, lockToken, workerName));
        if (task) return task;
      }
      return undefined;
    } finally {
      this.polls.delete(poll);
      await poll.close(true);
    }
  }

  /** Ends every poll in progress (they answer with no task): the process is shutting down. */
  async close(): Promise<void> {
    const polls = [...this.polls];
    this.polls.clear();
    await Promise.all(polls.map((poll) => poll.close(true)));
  }

  /**
   * Takes the task: records ActivityStarted (with the worker's name) and starts its heartbeat
   * clock, then completes the job. A task whose execution no longer waits on it (stopped, timed
   * out, or answered from the console before any poller came) is dropped.
   */
  private async handOut(job: Job<TaskJob>, lockToken: string, workerName: string | undefined): Promise<ActivityTask | undefined> {
    const task = job.data;
    const wanted = task.taskToken !== undefined && (await this.executions.awaitingToken(task.executionId, task.runId, task.taskToken)) !== undefined;
    if (!wanted) {
      await job.moveToCompleted(null, lockToken, false);
      return undefined;
    }
    if (task.heartbeatSeconds !== undefined) await this.executions.heartbeat(task.executionId, task.runId, task.awaitId, task.heartbeatSeconds, this.clock());
    const startedId = transitionJobIds.activityStarted(task);
    const events = [{ type: 'TaskStarted' as const, awaitId: task.awaitId, ...(workerName !== undefined && { workerName }) }];
    await this.jobs.send([transition(startedId, { executionId: task.executionId, runId: task.runId, events })]);
    await job.moveToCompleted(null, lockToken, false);
    await this.untilApplied(startedId);
    return { taskToken: task.taskToken as string, input: task.input };
  }

  /**
   * Waits (bounded) until the coordinator has applied the ActivityStarted transition, so a poller
   * answering at once cannot have its answer recorded before the start.
   */
  private async untilApplied(jobId: string): Promise<void> {
    const queue = this.jobs.queue(QueueName.Coordinator);
    for (let waited = 0; waited < STARTED_RECORD_WAIT_MS; waited += STARTED_RECORD_CHECK_MS) {
      const state = await queue.getJobState(jobId);
      if (state === 'completed' || state === 'failed' || state === 'unknown') return;
      await new Promise((resolve) => setTimeout(resolve, STARTED_RECORD_CHECK_MS));
    }
  }
}
