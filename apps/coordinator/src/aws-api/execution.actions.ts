import { Inject, Injectable } from '@nestjs/common';
import type { Json } from '@lib/asl';
import type { Engine } from '@lib/engine';
import { ENGINE } from '../runtime/engine.token';
import { requireEngine, type AwsAction, type AwsActionGroup } from './aws-action';
import { awsError } from './aws-api.error';
import { ARN_RULE, checkStateMachineArn } from './aws-identifiers';
import { MAX_CAUSE_LENGTH, MAX_ERROR_LENGTH, MAX_NAME_LENGTH, MAX_PAGE_SIZE, MAX_PAGE_TOKEN_LENGTH, MAX_PAYLOAD_BYTES } from './aws-limits';
import type { AwsRequest } from './aws-request';
import { epochSeconds } from './aws-values';
import { describeExecutionShape, executionListItemShape, syncExecutionShape } from './execution.shape';
import { pageSize } from './page-token';
import {
  EXECUTION_STATUS_FILTERS,
  describeExecution,
  pageOfExecutions,
  redriveExecution,
  startExecution,
  startTarget,
  stateMachineForExecution,
  stopExecution,
} from '../operations/execution.operations';
import { parseJsonPayload } from '../operations/json-payload';
import { listedStateMachine } from '../operations/state-machine-version.operations';

/** StartExecution, StartSyncExecution, StopExecution, DescribeExecution, DescribeStateMachineForExecution, ListExecutions, RedriveExecution. */
@Injectable()
export class ExecutionActions implements AwsActionGroup {
  readonly actions: Readonly<Record<string, AwsAction>> = {
    StartExecution: (r) => this.start(r),
    StartSyncExecution: (r) => this.startSync(r),
    StopExecution: (r) => this.stop(r),
    DescribeExecution: (r) => this.describe(r),
    DescribeStateMachineForExecution: (r) => this.describeStateMachine(r),
    ListExecutions: (r) => this.list(r),
    RedriveExecution: (r) => this.redrive(r),
  };

  constructor(@Inject(ENGINE) private readonly engine: Engine | undefined) {}

  /** The same name and input as a running execution answer with that execution (AWS's idempotency). */
  private async start(r: AwsRequest) {
    const { arn, name, input } = readStart(r);
    const execution = await startExecution(requireEngine(this.engine), arn, name, input);
    return { executionArn: execution.arn, startDate: epochSeconds(execution.startDate) };
  }

  /** Runs an Express execution in this coordinator and answers with its end. */
  private async startSync(r: AwsRequest) {
    const request = readStart(r);
    const engine = requireEngine(this.engine);
    const { machine, name } = await startTarget(engine, request.arn, request.name);
    if (machine.type !== 'EXPRESS') throw awsError.stateMachineTypeNotSupported();
    const result = await engine.express.startMachine(machine, name, request.input);
    return syncExecutionShape({ stateMachineArn: machine.arn, name, input: request.input }, result);
  }

  /** Stopping an execution that has ended changes nothing and answers with its stop date. */
  private async stop(r: AwsRequest) {
    const arn = r.requiredString('executionArn', ARN_RULE);
    const error = r.string('error', { max: MAX_ERROR_LENGTH, sensitive: true });
    const cause = r.string('cause', { max: MAX_CAUSE_LENGTH, sensitive: true });
    r.validate();
    return { stopDate: epochSeconds(await stopExecution(requireEngine(this.engine), arn, error, cause)) };
  }

  private async describe(r: AwsRequest) {
    const arn = r.requiredString('executionArn', ARN_RULE);
    r.validate();
    return describeExecutionShape(await describeExecution(requireEngine(this.engine), arn));
  }

  private async describeStateMachine(r: AwsRequest) {
    const arn = r.requiredString('executionArn', ARN_RULE);
    r.validate();
    return stateMachineForExecution(requireEngine(this.engine), arn);
  }

  /** Newest first; Express state machines keep no executions to list, as on AWS. */
  private async list(r: AwsRequest) {
    const arn = r.string('stateMachineArn', ARN_RULE);
    const status = r.enumeration('statusFilter', EXECUTION_STATUS_FILTERS);
    const size = pageSize(r.integer('maxResults', { min: 0, max: MAX_PAGE_SIZE }));
    const token = r.string('nextToken', { max: MAX_PAGE_TOKEN_LENGTH, min: 1 });
    r.validate();
    if (arn === undefined) throw awsError.validation(['Must provide a StateMachine ARN or MapRun ARN']);
    checkStateMachineArn(arn);
    const engine = requireEngine(this.engine);
    const machine = await listedStateMachine(engine, arn);
    if (!machine) throw awsError.stateMachineDoesNotExist(arn);
    if (machine.type === 'EXPRESS') throw awsError.stateMachineTypeNotSupported();
    const page = await pageOfExecutions(engine, { stateMachineArn: arn, status, size, token });
    return { ...page, executions: page.executions.map(executionListItemShape) };
  }

  private async redrive(r: AwsRequest) {
    const arn = r.requiredString('executionArn', ARN_RULE);
    r.string('clientToken', { max: 64, min: 1 });
    r.validate();
    return { redriveDate: epochSeconds(await redriveExecution(requireEngine(this.engine), arn)) };
  }
}

/** The members StartExecution and StartSyncExecution share, checked: the ARN before the input. */
function readStart(r: AwsRequest): { arn: string; name?: string; input: Json } {
  const arn = r.requiredString('stateMachineArn', ARN_RULE);
  const name = r.string('name', { max: MAX_NAME_LENGTH, min: 1 });
  const text = r.string('input', { max: MAX_PAYLOAD_BYTES, bytes: true, sensitive: true });
  r.string('traceHeader', { max: 256 });
  r.validate();
  checkStateMachineArn(arn);
  return { arn, name, input: parseJsonPayload(text ?? '{}', awsError.invalidExecutionInput) };
}
