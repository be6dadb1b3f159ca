import type { ServerResponse } from 'node:http';
import { Body, Delete, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOperation } from '@nestjs/swagger';
import type { Engine } from '@lib/engine';
import { requireEngine } from '../aws-api/aws-action';
import { activityShape } from '../aws-api/activity.shape';
import { pageSize } from '../aws-api/page-token';
import { createActivity, deleteActivity, describeActivity, getActivityTask, pageOfActivities } from '../operations/activity.operations';
import { callerGone } from '../operations/caller-gone';
import { ENGINE } from '../runtime/engine.token';
import { ActivityTaskQuery, CreateActivityBody } from './dto/activity.dto';
import { PageQuery } from './dto/page.query';
import { RestController } from './rest-controller.decorator';
import { isoDate, withIsoDates } from './rest-values';

/** Activities: list, create, describe, delete, and GetActivityTask's long poll. */
@RestController('activities', 'activities')
export class ActivitiesController {
  constructor(@Inject(ENGINE) private readonly engine: Engine | undefined) {}

  @Get()
  @ApiOperation({ summary: 'ListActivities, in creation order' })
  async list(@Query() query: PageQuery) {
    const page = await pageOfActivities(requireEngine(this.engine), pageSize(query.maxResults), query.nextToken);
    return { ...page, activities: page.activities.map((a) => withIsoDates(activityShape(a))) };
  }

  @Post()
  @ApiOperation({ summary: 'CreateActivity (idempotent by name: an existing activity is answered, its tags unchanged)' })
  @ApiCreatedResponse({ description: '{ activityArn, creationDate }' })
  async create(@Body() body: CreateActivityBody) {
    const activity = await createActivity(requireEngine(this.engine), body.name, body.tags ?? []);
    return { activityArn: activity.arn, creationDate: isoDate(activity.creationDate) };
  }

  @Get(':arn')
  @ApiOperation({ summary: 'DescribeActivity' })
  async describe(@Param('arn') arn: string) {
    return withIsoDates(activityShape(await describeActivity(requireEngine(this.engine), arn)));
  }

  @Delete(':arn')
  @HttpCode(204)
  @ApiOperation({ summary: 'DeleteActivity; deleting one that does not exist succeeds, as on AWS' })
  @ApiNoContentResponse()
  async delete(@Param('arn') arn: string): Promise<void> {
    await deleteActivity(requireEngine(this.engine), arn);
  }

  @Get(':arn/task')
  @ApiOperation({ summary: 'GetActivityTask: waits up to 60 s for a task; {} when none came' })
  async task(@Param('arn') arn: string, @Query() query: ActivityTaskQuery, @Res({ passthrough: true }) response: ServerResponse) {
    const task = await getActivityTask(requireEngine(this.engine), arn, query.workerName, callerGone(response));
    return task ? { taskToken: task.taskToken, input: task.input } : {};
  }
}
