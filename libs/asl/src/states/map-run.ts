import type { StatesError } from '../errors/states-error';
import type { FanOut } from '../runtime/snapshot';
import type { StepEvent } from '../runtime/step-event';
import type { Transition } from '../runtime/transition';
import { concurrencyWindow } from './fan-out';

/**
 * A distributed Map's Map Run as DescribeMapRun reports it. The events that end a Map Run carry
 * it in their details (beside AWS's members), so it can be described after its state has gone.
 */
export interface MapRunSummary {
  readonly mapRunArn: string;
  /** As configured or updated; 0 means no limit. */
  readonly maxConcurrency: number;
  readonly toleratedFailureCount: number;
  readonly toleratedFailurePercentage: number;
  readonly total: number;
  /** Items whose child run has started. */
  readonly started: number;
  /** Children running (at the end: those the end stopped). */
  readonly running: number;
  readonly succeeded: number;
  readonly failed: number;
}

export type MapRunEnd = 'MapRunSucceeded' | 'MapRunFailed' | 'MapRunAborted';

/**
 * Starts the Map Run of a distributed Map: `arn:aws:states:<region>:<account>:mapRun:<state
 * machine>/<execution>:<uuid>`, so the ARN names the execution it belongs to.
 */
export function startMapRun(t: Transition, maxConcurrency: number): NonNullable<FanOut['mapRun']> {
  const { region, accountId, stateMachineName, name } = t.ctx.execution;
  const arn = `arn:aws:states:${region}:${accountId}:mapRun:${stateMachineName}/${name}:${t.ctx.entropy.uuid()}`;
  t.emit('MapRunStarted', { mapRunArn: arn });
  return { arn, maxConcurrency };
}

/** Writes the end of the fan-out's Map Run, if it has one (an inline Map has none). */
export function endMapRun(t: Transition, fanOut: FanOut, type: MapRunEnd, error?: StatesError): void {
  const summary = mapRunSummary(fanOut);
  if (!summary) return;
  t.emit(type, { ...(error && { error: error.error, cause: error.cause }), ...summary });
}

/** The fan-out's Map Run as it stands, or undefined for an inline Map. */
export function mapRunSummary(fanOut: FanOut): MapRunSummary | undefined {
  if (!fanOut.mapRun) return undefined;
  const { total, nextIndex, active, unsuccessful, succeeded, toleratedFailureCount, toleratedFailurePercentage } = fanOut;
  const { arn, maxConcurrency } = fanOut.mapRun;
  const counts = { total, started: nextIndex, running: active.length, succeeded, failed: unsuccessful.length };
  return { mapRunArn: arn, maxConcurrency, toleratedFailureCount, toleratedFailurePercentage, ...counts };
}

/** Applies UpdateMapRun's new limits; the caller then refills the window or fails the Map. */
export function updateMapRun(t: Transition, fanOut: FanOut, update: Extract<StepEvent, { type: 'UpdateMapRun' }>): void {
  const mapRun = fanOut.mapRun;
  if (!mapRun) return;
  if (update.maxConcurrency !== undefined) {
    mapRun.maxConcurrency = update.maxConcurrency;
    fanOut.maxConcurrency = concurrencyWindow(t, update.maxConcurrency);
  }
  if (update.toleratedFailureCount !== undefined) fanOut.toleratedFailureCount = update.toleratedFailureCount;
  if (update.toleratedFailurePercentage !== undefined) fanOut.toleratedFailurePercentage = update.toleratedFailurePercentage;
}
