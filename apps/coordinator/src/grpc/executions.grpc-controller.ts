import { Inject, Injectable, Logger } from '@nestjs/common';
import type { sendUnaryData, ServerUnaryCall, ServerWritableStream, UntypedServiceImplementation } from '@grpc/grpc-js';
import type { HistoryEvent } from '@lib/asl';
import { ExecutionStatus } from '@lib/contracts';
import { watchHistory, type Engine, type ExecutionRecord } from '@lib/engine';
import { requireEngine } from '../aws-api/aws-action';
import { awsError } from '../aws-api/aws-api.error';
import { checkExecutionArn } from '../aws-api/aws-identifiers';
import { MAX_PAGE_SIZE } from '../aws-api/aws-limits';
import { pageSize } from '../aws-api/page-token';
import { describeExecution, pageOfExecutions, startExecution, stopExecution } from '../operations/execution.operations';
import { drained } from '../operations/drained';
import { checkPayloadLength, parseJsonPayload } from '../operations/json-payload';
import { ENGINE } from '../runtime/engine.token';
import { INTERNAL_ERROR, SHUTTING_DOWN, toGrpcError } from './grpc-error.mapping';
import { logUnexpectedError } from '../operations/unexpected-error';

/** ListExecutions' status values: an execution's own (PENDING_REDRIVE is AWS's filter only). */
const STATUSES = Object.values(ExecutionStatus).filter((s) => s !== ExecutionStatus.PendingRedrive);

type Message = Record<string, unknown>;

/** The handlers of `stepwise.v1.Executions` (libs/contracts/src/stepwise.proto) over the engine. */
@Injectable()
export class ExecutionsGrpcController {
  private readonly logger = new Logger('Grpc');
  /** Aborted on shutdown: every open WatchExecution stream ends. */
  private readonly closing = new AbortController();

  constructor(@Inject(ENGINE) private readonly engine: Engine | undefined) {}

  /** The implementation to add to a grpc-js Server. */
  implementation(): UntypedServiceImplementation {
    return {
      StartExecution: this.unary((r) => this.start(r)),
      DescribeExecution: this.unary((r) => this.describe(r)),
      StopExecution: this.unary((r) => this.stop(r)),
      ListExecutions: this.unary((r) => this.list(r)),
      SendTaskSuccess: this.unary(async (r) => {
        await this.executions().sendTaskSuccess(text(r.taskToken), parseJsonPayload(checkPayloadLength('output', text(r.output)), awsError.invalidOutput));
        return {};
      }),
      SendTaskFailure: this.unary(async (r) => {
        await this.executions().sendTaskFailure(text(r.taskToken), optional(r.error), optional(r.cause));
        return {};
      }),
      SendTaskHeartbeat: this.unary(async (r) => {
        await this.executions().sendTaskHeartbeat(text(r.taskToken));
        return {};
      }),
      WatchExecution: (call: ServerWritableStream<Message, Message>) => void this.watch(call),
    };
  }

  /** Ends every open stream; called before the server shuts down. */
  close(): void {
    this.closing.abort();
  }

  private async start(r: Message) {
    const input = parseJsonPayload(checkPayloadLength('input', text(r.input) || '{}'), awsError.invalidExecutionInput);
    const execution = await startExecution(requireEngine(this.engine), text(r.stateMachineArn), text(r.name) || undefined, input);
    return { executionArn: execution.arn, startDate: execution.startDate };
  }

  private async describe(r: Message) {
    const e = await describeExecution(requireEngine(this.engine), text(r.executionArn));
    return {
      ...listItem(e),
      input: JSON.stringify(e.input),
      ...(e.output !== undefined && e.status === 'SUCCEEDED' && { output: JSON.stringify(e.output) }),
      ...(typeof e.error === 'string' && { error: e.error }),
      ...(typeof e.cause === 'string' && { cause: e.cause }),
      redriveCount: e.redriveCount,
    };
  }

  private async stop(r: Message) {
    return { stopDate: await stopExecution(requireEngine(this.engine), text(r.executionArn), optional(r.error), optional(r.cause)) };
  }

  /** Newest first; the page token is the nextToken of AWS's ListExecutions. */
  private async list(r: Message) {
    const status = text(r.status) || undefined;
    if (status !== undefined && !STATUSES.some((s) => s === status)) throw awsError.validation([`status must be one of ${STATUSES.join(', ')}`]);
    const size = Number(r.pageSize ?? 0);
    if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) throw awsError.validation([`pageSize must be from 0 to ${MAX_PAGE_SIZE}`]);
    const page = await pageOfExecutions(requireEngine(this.engine), {
      stateMachineArn: text(r.stateMachineArn) || undefined,
      status: status as ExecutionRecord['status'] | undefined,
      size: pageSize(size),
      token: text(r.pageToken) || undefined,
    });
    return { executions: page.executions.map(listItem), nextPageToken: page.nextToken ?? '' };
  }

  private async watch(call: ServerWritableStream<Message, Message>): Promise<void> {
    const cancelled = new AbortController();
    const signal = AbortSignal.any([cancelled.signal, this.closing.signal]);
    call.on('cancelled', () => cancelled.abort());
    try {
      const arn = text(call.request.executionArn);
      checkExecutionArn(arn);
      for await (const event of watchHistory(requireEngine(this.engine).repository, arn, signal)) {
        if (!call.write(historyEvent(event))) await drained(call, signal);
      }
      // The execution may still run: a caller told UNAVAILABLE watches again elsewhere.
      if (this.closing.signal.aborted) call.emit('error', SHUTTING_DOWN);
      else call.end();
    } catch (error) {
      call.emit('error', this.failure(error));
    }
  }

  private unary(handler: (request: Message) => Promise<Message>) {
    return (call: ServerUnaryCall<Message, Message>, callback: sendUnaryData<Message>) => {
      handler(call.request).then(
        (response) => callback(null, response),
        (error: unknown) => callback(this.failure(error)),
      );
    };
  }

  private failure(error: unknown) {
    const mapped = toGrpcError(error);
    if (mapped === undefined) logUnexpectedError(this.logger, error);
    return mapped ?? INTERNAL_ERROR;
  }

  private executions() {
    return requireEngine(this.engine).executions;
  }
}

function listItem(e: ExecutionRecord) {
  return {
    executionArn: e.arn,
    stateMachineArn: e.stateMachineArn,
    name: e.name,
    status: e.status,
    startDate: e.startDate,
    ...(e.stopDate !== undefined && { stopDate: e.stopDate }),
  };
}

function historyEvent(e: HistoryEvent) {
  return { id: e.id, previousEventId: e.previousEventId, timestamp: e.timestamp, type: e.type, details: e.details === undefined ? '' : JSON.stringify(e.details) };
}

/** A string field as sent; proto3 leaves an unset one empty. */
function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A proto3 `optional` string: absent when unset. */
function optional(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
