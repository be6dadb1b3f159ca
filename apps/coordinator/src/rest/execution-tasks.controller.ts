import { Get, Inject, Param } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { ExecutionNotFoundError, type Engine, type PendingTask } from '@lib/engine';
import { requireEngine } from '../aws-api/aws-action';
import { checkExecutionArn } from '../aws-api/aws-identifiers';
import { bullBoardJobUrl } from '../bull-board/bull-board.service';
import { ENGINE } from '../runtime/engine.token';
import { RestController } from './rest-controller.decorator';

/** The Task attempts an execution is running, and the BullMQ job behind each. */
@RestController('executions', 'executions')
export class ExecutionTasksController {
  constructor(@Inject(ENGINE) private readonly engine: Engine | undefined) {}

  @Get(':arn/tasks')
  @ApiOperation({
    summary: "The execution's running Task attempts: { tasks: [{ stateName, queue, jobId, attempt, state (BullMQ's), worker?, bullBoardUrl }] }",
  })
  async tasks(@Param('arn') arn: string) {
    checkExecutionArn(arn);
    const engine = requireEngine(this.engine);
    const id = await engine.repository.idOfArn(arn);
    if (id === undefined) throw new ExecutionNotFoundError(arn);
    const pending = await engine.pendingTasks.ofExecution(id);
    return { tasks: await Promise.all(pending.map((task) => this.withJob(engine, task))) };
  }

  /** The task with its job's BullMQ state and the worker holding it (BullMQ's `processedBy`). */
  private async withJob(engine: Engine, task: PendingTask) {
    const job = await engine.jobs.queue(task.queue).getJob(task.jobId);
    const state = job === undefined ? 'unknown' : await job.getState();
    return {
      stateName: task.stateName,
      resource: task.resource,
      queue: task.queue,
      jobId: task.jobId,
      attempt: task.attempt,
      state,
      ...(job?.processedBy !== undefined && { worker: job.processedBy }),
      bullBoardUrl: bullBoardJobUrl(task.queue, task.jobId),
    };
  }
}
