import { Body, Delete, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOperation } from '@nestjs/swagger';
import type { Engine } from '@lib/engine';
import { requireEngine } from '../aws-api/aws-action';
import { pageSize } from '../aws-api/page-token';
import { aliasListItemShape, describeAliasShape } from '../aws-api/state-machine-version.shape';
import { createAlias, deleteAlias, loadAlias, pageOfAliases, updateAlias } from '../operations/state-machine-alias.operations';
import { ENGINE } from '../runtime/engine.token';
import { PageQuery } from './dto/page.query';
import { CreateAliasBody, UpdateAliasBody } from './dto/state-machine-version.dto';
import { RestController } from './rest-controller.decorator';
import { isoDate, withIsoDates } from './rest-values';

/** Aliases: create and list under their state machine (or a version); describe, update and delete by alias ARN. */
@RestController('', 'state machine aliases')
export class StateMachineAliasesController {
  constructor(@Inject(ENGINE) private readonly engine: Engine | undefined) {}

  @Get('state-machines/:arn/aliases')
  @ApiOperation({ summary: 'ListStateMachineAliases: of a state machine, or those routing to a version ARN' })
  async list(@Param('arn') arn: string, @Query() query: PageQuery) {
    const page = await pageOfAliases(requireEngine(this.engine), arn, pageSize(query.maxResults), query.nextToken);
    return { ...page, stateMachineAliases: page.stateMachineAliases.map((a) => withIsoDates(aliasListItemShape(a))) };
  }

  @Post('state-machines/:arn/aliases')
  @ApiOperation({ summary: 'CreateStateMachineAlias: one or two versions of this state machine, weights adding up to 100' })
  @ApiCreatedResponse({ description: '{ stateMachineAliasArn, creationDate }' })
  async create(@Param('arn') arn: string, @Body() body: CreateAliasBody) {
    const { name, description, routingConfiguration } = body;
    const alias = await createAlias(requireEngine(this.engine), { name, description, routingConfiguration }, arn);
    return { stateMachineAliasArn: alias.arn, creationDate: isoDate(alias.creationDate) };
  }

  @Get('state-machine-aliases/:arn')
  @ApiOperation({ summary: "DescribeStateMachineAlias's fields" })
  async describe(@Param('arn') arn: string) {
    return withIsoDates(describeAliasShape(await loadAlias(requireEngine(this.engine), arn)));
  }

  @Put('state-machine-aliases/:arn')
  @ApiOperation({ summary: 'UpdateStateMachineAlias: a new description and/or routing' })
  async update(@Param('arn') arn: string, @Body() body: UpdateAliasBody) {
    const alias = await updateAlias(requireEngine(this.engine), arn, { description: body.description, routingConfiguration: body.routingConfiguration });
    return { updateDate: isoDate(alias.updateDate) };
  }

  @Delete('state-machine-aliases/:arn')
  @HttpCode(204)
  @ApiOperation({ summary: 'DeleteStateMachineAlias (the versions it routes to stay)' })
  @ApiNoContentResponse()
  async delete(@Param('arn') arn: string): Promise<void> {
    await deleteAlias(requireEngine(this.engine), arn);
  }
}
