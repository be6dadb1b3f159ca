import type { StateStatus } from '../status/state-run';

/** One colour per status, everywhere: graph nodes, badges, the timeline, the legend. */
export interface StatusColors {
  readonly label: string;
  /** Border, bar and badge text. */
  readonly stroke: string;
  /** Node and badge background. */
  readonly fill: string;
}

export const STATE_STATUS_COLORS: Readonly<Record<StateStatus, StatusColors>> = {
  notReached: { label: 'not reached', stroke: '#94a3b8', fill: '#ffffff' },
  running: { label: 'running', stroke: '#2563eb', fill: '#dbeafe' },
  retrying: { label: 'retrying', stroke: '#d97706', fill: '#fef3c7' },
  succeeded: { label: 'succeeded', stroke: '#16a34a', fill: '#dcfce7' },
  caught: { label: 'caught', stroke: '#ea580c', fill: '#ffedd5' },
  failed: { label: 'failed', stroke: '#dc2626', fill: '#fee2e2' },
  aborted: { label: 'aborted', stroke: '#6b7280', fill: '#e5e7eb' },
};

/** Execution statuses (AWS's) in the same palette as the states they end like. */
export const EXECUTION_STATUS_COLORS: Readonly<Record<string, StatusColors>> = {
  RUNNING: STATE_STATUS_COLORS.running,
  SUCCEEDED: STATE_STATUS_COLORS.succeeded,
  FAILED: STATE_STATUS_COLORS.failed,
  TIMED_OUT: { ...STATE_STATUS_COLORS.failed, label: 'timed out' },
  ABORTED: STATE_STATUS_COLORS.aborted,
  PENDING_REDRIVE: STATE_STATUS_COLORS.retrying,
};
