/** The shapes of the REST API under /v1 that the console reads (docs/helpers/REST-CONTRACT.md). */
import type { HistoryEvent } from '../status/history-event';

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED' | 'PENDING_REDRIVE';

export interface StateMachineListItem {
  readonly stateMachineArn: string;
  readonly name: string;
  readonly type: string;
  readonly creationDate: string;
}

export interface StateMachineDescription extends StateMachineListItem {
  readonly definition: string;
  readonly roleArn?: string;
  readonly status?: string;
  readonly revisionId?: string;
}

export interface ExecutionListItem {
  readonly executionArn: string;
  readonly stateMachineArn: string;
  readonly name: string;
  readonly status: ExecutionStatus;
  readonly startDate: string;
  readonly stopDate?: string;
}

export interface ExecutionDescription extends ExecutionListItem {
  readonly input?: string;
  readonly output?: string;
  readonly error?: string;
  readonly cause?: string;
  readonly redriveCount?: number;
}

export interface Diagnostic {
  readonly severity: 'ERROR' | 'WARNING';
  readonly code: string;
  readonly message: string;
  readonly location?: string;
}

export interface ValidationResult {
  readonly result: 'OK' | 'FAIL';
  readonly diagnostics: readonly Diagnostic[];
}

export interface RunningTask {
  readonly stateName: string;
  readonly queue: string;
  readonly jobId: string;
  readonly attempt: number;
  readonly state: string;
  readonly worker?: string;
  readonly bullBoardUrl: string;
}

export interface PendingCallback {
  readonly taskToken: string;
  readonly executionArn: string;
  readonly stateMachineArn: string;
  readonly stateName: string;
  readonly resource: string;
  readonly input: unknown;
  readonly scheduledDate: string;
}

export interface Page<K extends string, T> {
  readonly nextToken?: string;
  readonly items: Record<K, T[]>;
}

export type { HistoryEvent };
