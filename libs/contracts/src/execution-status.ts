/** An execution's status, spelled as the AWS API returns it (`DescribeExecution.status`). */
export const ExecutionStatus = {
  Running: 'RUNNING',
  Succeeded: 'SUCCEEDED',
  Failed: 'FAILED',
  TimedOut: 'TIMED_OUT',
  Aborted: 'ABORTED',
  PendingRedrive: 'PENDING_REDRIVE',
} as const;
export type ExecutionStatus = (typeof ExecutionStatus)[keyof typeof ExecutionStatus];

/** Statuses after which an execution makes no further progress unless redriven. */
export const TERMINAL_EXECUTION_STATUSES: readonly ExecutionStatus[] = [
  ExecutionStatus.Succeeded,
  ExecutionStatus.Failed,
  ExecutionStatus.TimedOut,
  ExecutionStatus.Aborted,
];
