import { randomUUID } from 'node:crypto';
import { QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
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
  private readonly events = new Map<string, Promise<QueueEvents>>();

  constructor(
    private readonly jobs: JobRepository,
    private readonly connection: Redis,
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
    const events = await this.queueEvents(queue);
    const job = await this.jobs.queue(queue).add(JobName.Task, task, { jobId: jobIds.task(task) });
    const outcome = (await job.waitUntilFinished(events, EXPRESS_TASK_WAIT_MS)) as TaskOutcome;
    if ('error' in outcome) throw { error: outcome.error, cause: outcome.cause };
    return outcome.output as Json;
  };

  /**
   * The queue's event listener, reading from the stream's last event as it was before any job of
   * ours was added: a listener that starts from "now" when its first read happens can miss a job
   * that finished in between, and wait for it until EXPRESS_TASK_WAIT_MS.
   */
  private queueEvents(queue: string): Promise<QueueEvents> {
    let events = this.events.get(queue);
    if (!events) {
      events = this.listen(queue);
      this.events.set(queue, events);
    }
    return events;
  }

  private async listen(queue: string): Promise<QueueEvents> {
    const tasks = this.jobs.queue(queue);
    const latest = await this.connection.xrevrange(tasks.keys.events, '+', '-', 'COUNT', 1);
    return new QueueEvents(queue, { connection: this.connection, prefix: this.prefix, lastEventId: latest[0]?.[0] ?? '0-0' });
  }

  async close(): Promise<void> {
    const events = await Promise.all(this.events.values());
    await Promise.all(events.map((e) => e.close()));
  }
}
