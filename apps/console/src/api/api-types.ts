/** The shapes of the REST API under /v1 that the console reads (apps/coordinator/src/rest). */

/**
 * ExecutionStatus of @lib/contracts, spelled again: @lib/contracts takes types from @lib/asl,
 * which would bring Node's types into the browser's type check.
 */
export const EXECUTION_STATUSES = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE'] as const;
export type ExecutionStatus = (typeof EXECUTION_STATUSES)[number];

export interface StateMachineListItem {
  readonly stateMachineArn: string;
  readonly name: string;
  readonly type: string;
  readonly creationDate: string;
}

export interface StateMachineDescription extends StateMachineListItem {
  readonly definition: string;
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
  /** How many times it has been redriven. */
  readonly redriveCount?: number;
  readonly input?: string;
  readonly output?: string;
  readonly error?: string;
  readonly cause?: string;
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
