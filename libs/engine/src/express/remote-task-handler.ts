import { randomUUID } from 'node:crypto';
import { QueueEvents, type ConnectionOptions } from 'bullmq';
import type { Json, TaskHandler } from '@lib/asl';
import { JobName, jobIds, taskQueueName, type TaskJob, type TaskOutcome } from '@lib/contracts';
import type { JobRepository } from '../job.repository';

/** Longest an Express task may wait for a worker when the Task sets no TimeoutSeconds (AWS: 5 minutes per Express execution). */
export const EXPRESS_TASK_WAIT_MS = 5 * 60 * 1000;

/**
 * Serves an in-memory (Express) execution's tasks on the workers: adds the task job to its
 * handler's queue and awaits the job's return value, the worker's TaskOutcome.
 */
export class RemoteTaskHandler {
  private readonly events = new Map<string, QueueEvents>();

  constructor(
    private readonly jobs: JobRepository,
    private readonly connection: ConnectionOptions,
    private readonly prefix?: string,
  ) {}

  readonly handle: TaskHandler = async (input, ctx) => {
    const queue = taskQueueName(ctx.handler);
    const executionId = `express-${randomUUID()}`;
    const task: TaskJob = {
      executionId,
      runId: 'r',
      awaitId: ctx.attempt,
      stateName: ctx.stateName,
      resource: ctx.resource,
      handler: ctx.handler,
      input,
      attempt: ctx.attempt,
      idempotencyKey: ctx.idempotencyKey,
      ...(ctx.taskToken !== undefined && { taskToken: ctx.taskToken }),
      express: true,
    };
    const job = await this.jobs.queue(queue).add(JobName.Task, task, { jobId: jobIds.task(task) });
    const outcome = (await job.waitUntilFinished(this.queueEvents(queue), EXPRESS_TASK_WAIT_MS)) as TaskOutcome;
    if ('error' in outcome) throw { error: outcome.error, cause: outcome.cause };
    return outcome.output as Json;
  };

  private queueEvents(queue: string): QueueEvents {
    let events = this.events.get(queue);
    if (!events) {
      events = new QueueEvents(queue, { connection: this.connection, prefix: this.prefix });
      this.events.set(queue, events);
    }
    return events;
  }

  async close(): Promise<void> {
    await Promise.all([...this.events.values()].map((e) => e.close()));
  }
}
