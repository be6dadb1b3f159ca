import type { HistoryEvent } from '@lib/asl';
import type { ExecutionRecord } from './execution-record';

/**
 * Told of every transition this process commits, right after the commit (a replayed one is not
 * told again), with the history events it wrote. Metrics count from it without a Redis round
 * trip. Runs on the orchestrator's hot path: it must return at once and never throw.
 */
export interface TransitionObserver {
  transitionCommitted(execution: Pick<ExecutionRecord, 'stateMachineArn' | 'stateMachineName'>, events: readonly HistoryEvent[]): void;
  /** A task attempt's result arrived after its execution stopped or the task timed out, and was dropped. */
  taskResultDiscarded?(late: LateTaskResult): void;
}

/** Where a discarded task result was headed, and the run's status when it arrived. */
export interface LateTaskResult {
  readonly executionId: string;
  readonly runId: string;
  readonly awaitId: number;
  /** RUNNING when only the task had moved on (a timeout); undefined when the run is gone. */
  readonly status?: string;
}
