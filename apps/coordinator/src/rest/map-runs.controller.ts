import { Body, Get, HttpCode, Inject, Param, Patch, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { Engine } from '@lib/engine';
import { requireEngine } from '../aws-api/aws-action';
import { describeMapRunShape, mapRunListItemShape } from '../aws-api/map-run.shape';
import { pageSize } from '../aws-api/page-token';
import { describeMapRun, pageOfMapRuns, updateMapRun } from '../operations/map-run.operations';
import { ENGINE } from '../runtime/engine.token';
import { UpdateMapRunBody } from './dto/map-run.dto';
import { PageQuery } from './dto/page.query';
import { RestController } from './rest-controller.decorator';
import { withIsoDates } from './rest-values';

/** The Map Runs of distributed Maps: list an execution's, describe one, update a running one's limits. */
@RestController('', 'map runs')
export class MapRunsController {
  constructor(@Inject(ENGINE) private readonly engine: Engine | undefined) {}

  @Get('executions/:arn/map-runs')
  @ApiOperation({ summary: 'ListMapRuns: the Map Runs an execution started, in the order they started' })
  async list(@Param('arn') arn: string, @Query() query: PageQuery) {
    const page = await pageOfMapRuns(requireEngine(this.engine), arn, { size: pageSize(query.maxResults), token: query.nextToken });
    return { ...page, mapRuns: page.mapRuns.map((run) => withIsoDates(mapRunListItemShape(run))) };
  }

  @Get('map-runs/:arn')
  @ApiOperation({ summary: "DescribeMapRun: status, limits and AWS's item and execution counts" })
  async describe(@Param('arn') arn: string) {
    return withIsoDates(describeMapRunShape(await describeMapRun(requireEngine(this.engine), arn)));
  }

  @Patch('map-runs/:arn')
  @HttpCode(200)
  @ApiOperation({ summary: 'UpdateMapRun: new MaxConcurrency or tolerated failures for a running Map Run' })
  async update(@Param('arn') arn: string, @Body() body: UpdateMapRunBody) {
    await updateMapRun(requireEngine(this.engine), arn, body);
    return {};
  }
}
