import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { HistoryEvent, Json } from '@lib/asl';
import { ExecutionStatus } from '@lib/contracts';
import type { Engine, ExecutionRecord, ResolvedStateMachine } from '@lib/engine';
import { awsError } from '../aws-api/aws-api.error';
import { checkExecutionArn, checkName, checkStateMachineArn } from '../aws-api/aws-identifiers';
import { decodePageToken, encodePageToken } from '../aws-api/page-token';
import { definitionText, stateMachineForExecutionShape } from '../aws-api/state-machine.shape';
import { resolveStateMachine } from './state-machine-version.operations';

/** ListExecutions' statusFilter values; PENDING_REDRIVE never matches here (a redrive starts at once). */
export const EXECUTION_STATUS_FILTERS = Object.values(ExecutionStatus);

// What the execution actions do, whichever door (AWS protocol, REST, gRPC) was asked.

/** The state machine a start names and the execution's name (a new UUID when none is given). */
export async function startTarget(engine: Engine, stateMachineArn: string, name: string | undefined): Promise<{ machine: ResolvedStateMachine; name: string }> {
  if (name !== undefined) checkName(name);
  return { machine: await resolveStateMachine(engine, stateMachineArn), name: name ?? randomUUID() };
}

/** StartExecution: the same name and input as a running execution answer with that execution (AWS's idempotency). */
export async function startExecution(engine: Engine, stateMachineArn: string, name: string | undefined, input: Json): Promise<ExecutionRecord> {
  const target = await startTarget(engine, stateMachineArn, name);
  return engine.executions.startMachine(target.machine, target.name, input);
}

export function describeExecution(engine: Engine, arn: string): Promise<ExecutionRecord> {
  checkExecutionArn(arn);
  return engine.executions.describe(arn);
}

/** RedriveExecution: answers with the redrive date. */
export async function redriveExecution(engine: Engine, arn: string): Promise<number> {
  checkExecutionArn(arn);
  await engine.executions.redrive(arn);
  return Date.now();
}

/** StopExecution: answers with the stop date; stopping an execution that has ended changes nothing. */
export async function stopExecution(engine: Engine, arn: string, error?: string, cause?: string): Promise<number> {
  checkExecutionArn(arn);
  const execution = await engine.executions.describe(arn);
  if (execution.status !== 'RUNNING' && execution.stopDate !== undefined) return execution.stopDate;
  const stopDate = Date.now();
  await engine.executions.stop(arn, error, cause);
  return stopDate;
}

/**
 * DescribeStateMachineForExecution: the definition the execution runs (its state machine's text
 * while that is unchanged; an update since does not change what the execution runs).
 */
export async function stateMachineForExecution(engine: Engine, arn: string) {
  const execution = await describeExecution(engine, arn);
  const machine = await engine.stateMachines.get(execution.stateMachineArn);
  const current = machine !== undefined && isDeepStrictEqual(machine.definition, execution.definition) ? machine : undefined;
  return stateMachineForExecutionShape(
    execution,
    current ? definitionText(current) : JSON.stringify(execution.definition),
    current ? (current.updateDate ?? current.creationDate) : execution.startDate,
  );
}

export interface ExecutionsQuery {
  readonly stateMachineArn?: string;
  readonly status?: ExecutionRecord['status'] | 'PENDING_REDRIVE';
  readonly size: number;
  readonly token?: string;
}

/** Newest first, of one state machine or of all; PENDING_REDRIVE never matches here (a redrive starts at once). */
export async function pageOfExecutions(engine: Engine, query: ExecutionsQuery): Promise<{ executions: ExecutionRecord[]; nextToken?: string }> {
  if (query.stateMachineArn !== undefined) checkStateMachineArn(query.stateMachineArn);
  const offset = query.token === undefined ? undefined : decodePageToken<{ offset: string }>(query.token, { offset: 'string' }).offset;
  if (offset !== undefined && !/^\d+$/.test(offset)) throw awsError.invalidToken();
  if (query.status === 'PENDING_REDRIVE') return { executions: [] };
  const page = await engine.executions.list({ stateMachineArn: query.stateMachineArn, status: query.status, maxResults: query.size, nextToken: offset });
  return { executions: page.executions, ...(page.nextToken !== undefined && { nextToken: encodePageToken({ offset: page.nextToken }) }) };
}

/**
 * One page of history, oldest first or (reverse) newest first. Event ids never change, so the
 * token holds the id the next page continues after, whatever was appended since. Event id N sits
 * at list index N − 1, so a page reads only its own events and one more (is there a next page?).
 */
export async function pageOfHistory(engine: Engine, arn: string, query: { size: number; reverse: boolean; token?: string }): Promise<{ events: HistoryEvent[]; nextToken?: string }> {
  checkExecutionArn(arn);
  const after = query.token === undefined ? undefined : decodePageToken<{ after: number }>(query.token, { after: 'number' }).after;
  const events = await (query.reverse ? newestBefore(engine, arn, after, query.size + 1) : oldestAfter(engine, arn, after ?? 0, query.size + 1));
  const page = events.slice(0, query.size);
  return { events: page, ...(events.length > query.size && { nextToken: encodePageToken({ after: page[page.length - 1].id }) }) };
}

/** Up to `count` events after id `after`, oldest first. */
function oldestAfter(engine: Engine, arn: string, after: number, count: number): Promise<HistoryEvent[]> {
  return engine.executions.history(arn, Math.max(0, after), Math.max(0, after) + count - 1);
}

/** Up to `count` events before id `before` (from the newest when undefined), newest first. */
async function newestBefore(engine: Engine, arn: string, before: number | undefined, count: number): Promise<HistoryEvent[]> {
  if (before !== undefined && before <= 1) return [];
  const end = before === undefined ? -1 : before - 2;
  const start = before === undefined ? -count : Math.max(0, end - count + 1);
  return (await engine.executions.history(arn, start, end)).reverse();
}
