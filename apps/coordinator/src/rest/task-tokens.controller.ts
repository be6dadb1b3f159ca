import { Body, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { CallbackPosition, Engine, PendingTask } from '@lib/engine';
import { requireEngine } from '../aws-api/aws-action';
import { awsError } from '../aws-api/aws-api.error';
import { decodePageToken, encodePageToken, pageSize } from '../aws-api/page-token';
import { ENGINE } from '../runtime/engine.token';
import { PageQuery } from './dto/page.query';
import { TaskFailureBody, TaskHeartbeatBody, TaskSuccessBody } from './dto/task-token.dto';
import { RestController } from './rest-controller.decorator';
import { checkPayloadSize, isoDate } from './rest-values';

/** The console's inbox: tasks waiting on a task token, and the answers SendTaskSuccess, SendTaskFailure, SendTaskHeartbeat. */
@RestController('task-tokens', 'callbacks')
export class TaskTokensController {
  constructor(@Inject(ENGINE) private readonly engine: Engine | undefined) {}

  @Get()
  @ApiOperation({ summary: 'Every pending .waitForTaskToken callback and unfinished activity task, newest execution first' })
  async list(@Query() query: PageQuery) {
    const page = await requireEngine(this.engine).pendingTasks.awaitingCallbacks(position(query.nextToken), pageSize(query.maxResults));
    return { tasks: page.tasks.map(callbackShape), ...(page.next !== undefined && { nextToken: encodePageToken({ ...page.next }) }) };
  }

  @Post('success')
  @HttpCode(200)
  @ApiOperation({ summary: 'SendTaskSuccess' })
  async success(@Body() body: TaskSuccessBody) {
    await requireEngine(this.engine).executions.sendTaskSuccess(body.taskToken, checkPayloadSize('output', body.output));
    return {};
  }

  @Post('failure')
  @HttpCode(200)
  @ApiOperation({ summary: 'SendTaskFailure' })
  async failure(@Body() body: TaskFailureBody) {
    await requireEngine(this.engine).executions.sendTaskFailure(body.taskToken, body.error, body.cause);
    return {};
  }

  @Post('heartbeat')
  @HttpCode(200)
  @ApiOperation({ summary: 'SendTaskHeartbeat' })
  async heartbeat(@Body() body: TaskHeartbeatBody) {
    await requireEngine(this.engine).executions.sendTaskHeartbeat(body.taskToken);
    return {};
  }
}

/** Where a page starts: the first when there is no token. */
function position(token: string | undefined): CallbackPosition {
  if (token === undefined) return { offset: 0, skip: 0 };
  const at = decodePageToken<{ offset: number; skip: number }>(token, { offset: 'number', skip: 'number' });
  if (![at.offset, at.skip].every((n) => Number.isInteger(n) && n >= 0)) throw awsError.invalidToken();
  return at;
}

function callbackShape(task: PendingTask) {
  return {
    taskToken: task.taskToken,
    executionArn: task.executionArn,
    stateMachineArn: task.stateMachineArn,
    stateName: task.stateName,
    resource: task.resource,
    input: task.input,
    scheduledDate: isoDate(task.scheduledDate),
  };
}
