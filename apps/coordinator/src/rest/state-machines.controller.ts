import { Body, Delete, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { Engine } from '@lib/engine';
import { requireEngine } from '../aws-api/aws-action';
import { MAX_DIAGNOSTICS } from '../aws-api/aws-limits';
import { pageSize } from '../aws-api/page-token';
import { describeStateMachineShape, stateMachineListItemShape } from '../aws-api/state-machine.shape';
import {
  createStateMachine,
  deleteStateMachine,
  loadStateMachine,
  pageOfStateMachines,
  updateStateMachine,
  validateStateMachine,
} from '../operations/state-machine.operations';
import { publishVersion, versionToPublish } from '../operations/state-machine-version.operations';
import { ENGINE } from '../runtime/engine.token';
import { PageQuery } from './dto/page.query';
import { CreateStateMachineBody, DEFAULT_ROLE_ARN, UpdateStateMachineBody, ValidateDefinitionBody } from './dto/state-machine.dto';
import { RestController } from './rest-controller.decorator';
import { definitionText, isoDate, withIsoDates } from './rest-values';

/** State machines: list, create, describe, update, delete, validate a definition. */
@RestController('state-machines', 'state machines')
export class StateMachinesController {
  constructor(@Inject(ENGINE) private readonly engine: Engine | undefined) {}

  @Get()
  @ApiOperation({ summary: 'ListStateMachines, in creation order' })
  async list(@Query() query: PageQuery) {
    const page = await pageOfStateMachines(requireEngine(this.engine), pageSize(query.maxResults), query.nextToken);
    return { ...page, stateMachines: page.stateMachines.map((m) => withIsoDates(stateMachineListItemShape(m))) };
  }

  @Post()
  @ApiOperation({ summary: 'CreateStateMachine (idempotent: the same name, definition and type answer with the existing one)' })
  @ApiCreatedResponse({ description: '{ stateMachineArn, creationDate }' })
  async create(@Body() body: CreateStateMachineBody) {
    const machine = await createStateMachine(requireEngine(this.engine), {
      name: body.name,
      definition: definitionText(body.definition),
      type: body.type ?? 'STANDARD',
      roleArn: body.roleArn ?? DEFAULT_ROLE_ARN,
    });
    return { stateMachineArn: machine.arn, creationDate: isoDate(machine.creationDate) };
  }

  @Post('validate')
  @HttpCode(200)
  @ApiOperation({ summary: "ValidateStateMachineDefinition: AWS's diagnostics" })
  validate(@Body() body: ValidateDefinitionBody) {
    return validateStateMachine(definitionText(body.definition), body.type ?? 'STANDARD', body.severity ?? 'ERROR', MAX_DIAGNOSTICS);
  }

  @Get(':arn')
  @ApiOperation({ summary: "DescribeStateMachine's fields, the definition as text" })
  async describe(@Param('arn') arn: string) {
    return withIsoDates(describeStateMachineShape(await loadStateMachine(requireEngine(this.engine), arn)));
  }

  @Put(':arn')
  @ApiOperation({ summary: 'UpdateStateMachine: a new definition and/or role; running executions keep theirs' })
  @ApiOkResponse({ description: '{ updateDate, revisionId, stateMachineVersionArn? }' })
  async update(@Param('arn') arn: string, @Body() body: UpdateStateMachineBody) {
    const publish = versionToPublish(body.publish, body.versionDescription);
    const engine = requireEngine(this.engine);
    const updated = await updateStateMachine(engine, arn, {
      definition: body.definition === undefined ? undefined : definitionText(body.definition),
      roleArn: body.roleArn,
    });
    const version = publish && (await publishVersion(engine, arn, publish));
    return { updateDate: isoDate(updated.updateDate), revisionId: updated.revisionId, ...(version && { stateMachineVersionArn: version.arn }) };
  }

  @Delete(':arn')
  @HttpCode(204)
  @ApiOperation({ summary: 'DeleteStateMachine: its executions go on; deleting one that does not exist succeeds, as on AWS' })
  @ApiNoContentResponse()
  async delete(@Param('arn') arn: string): Promise<void> {
    await deleteStateMachine(requireEngine(this.engine), arn);
  }
}
