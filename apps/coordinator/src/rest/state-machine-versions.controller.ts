import { Body, Delete, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOperation } from '@nestjs/swagger';
import type { Engine } from '@lib/engine';
import { requireEngine } from '../aws-api/aws-action';
import { pageSize } from '../aws-api/page-token';
import { describeVersionShape, versionListItemShape } from '../aws-api/state-machine-version.shape';
import { deleteVersion, loadVersion, pageOfVersions, publishVersion } from '../operations/state-machine-version.operations';
import { ENGINE } from '../runtime/engine.token';
import { PageQuery } from './dto/page.query';
import { PublishVersionBody } from './dto/state-machine-version.dto';
import { RestController } from './rest-controller.decorator';
import { isoDate, withIsoDates } from './rest-values';

/** Versions: publish and list under their state machine; describe and delete by version ARN. */
@RestController('', 'state machine versions')
export class StateMachineVersionsController {
  constructor(@Inject(ENGINE) private readonly engine: Engine | undefined) {}

  @Get('state-machines/:arn/versions')
  @ApiOperation({ summary: 'ListStateMachineVersions, newest first' })
  async list(@Param('arn') arn: string, @Query() query: PageQuery) {
    const page = await pageOfVersions(requireEngine(this.engine), arn, pageSize(query.maxResults), query.nextToken);
    return { ...page, stateMachineVersions: page.stateMachineVersions.map((v) => withIsoDates(versionListItemShape(v))) };
  }

  @Post('state-machines/:arn/versions')
  @ApiOperation({ summary: 'PublishStateMachineVersion (the current revision, or the version already published from it)' })
  @ApiCreatedResponse({ description: '{ stateMachineVersionArn, creationDate }' })
  async publish(@Param('arn') arn: string, @Body() body: PublishVersionBody) {
    const version = await publishVersion(requireEngine(this.engine), arn, { description: body.description, revisionId: body.revisionId });
    return { stateMachineVersionArn: version.arn, creationDate: isoDate(version.creationDate) };
  }

  @Get('state-machine-versions/:arn')
  @ApiOperation({ summary: "DescribeStateMachine's fields for a version ARN" })
  async describe(@Param('arn') arn: string) {
    return withIsoDates(describeVersionShape(await loadVersion(requireEngine(this.engine), arn)));
  }

  @Delete('state-machine-versions/:arn')
  @HttpCode(204)
  @ApiOperation({ summary: 'DeleteStateMachineVersion: refused (409 ConflictException) while an alias routes to it' })
  @ApiNoContentResponse()
  async delete(@Param('arn') arn: string): Promise<void> {
    await deleteVersion(requireEngine(this.engine), arn);
  }
}
