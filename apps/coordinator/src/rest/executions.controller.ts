import { Body, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation } from '@nestjs/swagger';
import type { Engine } from '@lib/engine';
import { requireEngine } from '../aws-api/aws-action';
import { describeExecutionShape, executionListItemShape } from '../aws-api/execution.shape';
import { historyEventShape } from '../aws-api/history-event.shape';
import { pageSize } from '../aws-api/page-token';
import {
  describeExecution,
  pageOfExecutions,
  pageOfHistory,
  redriveExecution,
  startExecution,
  stateMachineForExecution,
  stopExecution,
} from '../operations/execution.operations';
import { ENGINE } from '../runtime/engine.token';
import { HistoryQuery, ListExecutionsQuery, StartExecutionBody, StopExecutionBody } from './dto/execution.dto';
import { RestController } from './rest-controller.decorator';
import { checkPayloadSize, isoDate, withIsoDates } from './rest-values';

/** Executions: start, list, describe, stop, redrive, history. */
@RestController('', 'executions')
export class ExecutionsController {
  constructor(@Inject(ENGINE) private readonly engine: Engine | undefined) {}

  @Post('state-machines/:arn/executions')
  @ApiOperation({ summary: 'StartExecution: the same name and input as a running execution answer with that execution' })
  @ApiCreatedResponse({ description: '{ executionArn, startDate }' })
  async start(@Param('arn') arn: string, @Body() body: StartExecutionBody) {
    const execution = await startExecution(requireEngine(this.engine), arn, body.name, checkPayloadSize('input', body.input ?? {}));
    return { executionArn: execution.arn, startDate: isoDate(execution.startDate) };
  }

  @Get('executions')
  @ApiOperation({ summary: 'ListExecutions, newest first; of every state machine unless stateMachineArn is given' })
  async list(@Query() query: ListExecutionsQuery) {
    const page = await pageOfExecutions(requireEngine(this.engine), {
      stateMachineArn: query.stateMachineArn,
      status: query.statusFilter,
      size: pageSize(query.maxResults),
      token: query.nextToken,
    });
    return { ...page, executions: page.executions.map((e) => withIsoDates(executionListItemShape(e))) };
  }

  @Get('executions/:arn')
  @ApiOperation({ summary: "DescribeExecution's fields (input and output as JSON text, as AWS sends them)" })
  async describe(@Param('arn') arn: string) {
    return withIsoDates(describeExecutionShape(await describeExecution(requireEngine(this.engine), arn)));
  }

  @Get('executions/:arn/state-machine')
  @ApiOperation({ summary: 'DescribeStateMachineForExecution: the definition this execution runs, whatever its state machine became since' })
  async stateMachine(@Param('arn') arn: string) {
    return withIsoDates(await stateMachineForExecution(requireEngine(this.engine), arn));
  }

  @Post('executions/:arn/stop')
  @HttpCode(200)
  @ApiOperation({ summary: 'StopExecution: it ends ABORTED; stopping an ended execution changes nothing' })
  async stop(@Param('arn') arn: string, @Body() body: StopExecutionBody) {
    return { stopDate: isoDate(await stopExecution(requireEngine(this.engine), arn, body.error, body.cause)) };
  }

  @Post('executions/:arn/redrive')
  @HttpCode(200)
  @ApiOperation({ summary: 'RedriveExecution: a FAILED, ABORTED or TIMED_OUT execution resumes where it ended' })
  async redrive(@Param('arn') arn: string) {
    return { redriveDate: isoDate(await redriveExecution(requireEngine(this.engine), arn)) };
  }

  @Get('executions/:arn/history')
  @ApiOperation({ summary: "GetExecutionHistory: AWS's history events, oldest first unless reverseOrder" })
  async history(@Param('arn') arn: string, @Query() query: HistoryQuery) {
    const page = await pageOfHistory(requireEngine(this.engine), arn, { size: pageSize(query.maxResults), reverse: query.reverseOrder ?? false, token: query.nextToken });
    return { ...page, events: page.events.map((e) => withIsoDates(historyEventShape(e, true))) };
  }
}
