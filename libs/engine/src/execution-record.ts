import type { Json, RunSnapshot, StateMachineDefinition } from '@lib/asl';

export type ExecutionStatusValue = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

/** An execution as stored: who it is, what it runs, and how it ended. */
export interface ExecutionRecord {
  readonly id: string;
  readonly arn: string;
  readonly name: string;
  readonly stateMachineArn: string;
  readonly stateMachineName: string;
  /** The version it runs, when started from a version or an alias ARN. */
  readonly stateMachineVersionArn?: string;
  /** The alias it was started from. */
  readonly stateMachineAliasArn?: string;
  readonly roleArn: string;
  readonly region: string;
  readonly accountId: string;
  readonly type: 'STANDARD' | 'EXPRESS';
  readonly definition: StateMachineDefinition;
  readonly input: Json;
  readonly startDate: number;
  readonly redriveCount: number;
  readonly status: ExecutionStatusValue;
  readonly output?: Json;
  readonly error?: string | null;
  readonly cause?: string | null;
  readonly stopDate?: number;
  /** When the latest redrive started. */
  readonly redriveDate?: number;
  /** For an execution started by a `states:startExecution.sync` Task: the task that waits for its end. */
  readonly parent?: ParentTask;
  /** History events so far; the next event's id is this plus one. */
  readonly eventCount: number;
}

/** A run as stored: its snapshot, its version (bumped by every commit) and its parent. */
export interface RunRecord {
  readonly snapshot: RunSnapshot;
  readonly version: number;
  readonly parent?: { readonly runId: string; readonly awaitId: number; readonly index: number };
  /** Its large payloads are stored in a field of their own, written only when they change (see run-record-json). */
  readonly payloadsApart?: true;
}

/** The id of an execution's top-level run. */
export const ROOT_RUN_ID = 'r';

/** The id of a child run: its parent, the wait that started it, its index. Never contains `:`. */
export function childRunId(parentRunId: string, awaitId: number, index: number): string {
  return `${parentRunId}-${awaitId}-${index}`;
}

/** The Task of another execution that started this one and, for `.sync` and `.sync:2`, waits for its end. */
export interface ParentTask {
  readonly executionId: string;
  readonly runId: string;
  readonly awaitId: number;
  readonly pattern: 'sync' | 'sync:2';
}

/** Fan-out results live in their own hash, so a large Map's snapshot stays small. */
export function withoutResults(snapshot: RunSnapshot): RunSnapshot {
  const fanOut = snapshot.state?.fanOut;
  const left = snapshot.redriveFrom?.fanOut;
  let stripped = snapshot;
  if (fanOut && fanOut.results.length > 0) stripped = { ...stripped, state: { ...snapshot.state!, fanOut: { ...fanOut, results: [] } } };
  if (left?.results) stripped = { ...stripped, redriveFrom: { ...snapshot.redriveFrom!, fanOut: { ...left, results: undefined } } };
  return stripped;
}

/** What a transition reads of its execution; never the output. The commit script reads them too, when it refuses a commit. */
export const LOADED_FIELDS = [
  'id', 'arn', 'name', 'stateMachineArn', 'stateMachineName', 'roleArn', 'region', 'accountId', 'type',
  'startDate', 'redriveCount', 'status', 'error', 'cause', 'stopDate', 'redriveDate', 'parent', 'eventCount',
];
