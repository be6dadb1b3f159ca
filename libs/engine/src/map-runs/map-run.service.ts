import { randomUUID } from 'node:crypto';
import { mapRunSummary, type MapRunSummary } from '@lib/asl';
import { ExecutionNotFoundError, ResourceNotFoundError } from '../engine.errors';
import type { ExecutionRepository } from '../execution.repository';
import type { JobRepository } from '../job.repository';
import { transition } from '../plan-jobs';
import { endStatus, recordedMapRuns, type RecordedMapRun } from './map-run-history';
import type { MapRunRepository } from './map-run.repository';
import { transitionJobIds } from '../transition-job-ids';

/** A Map Run as ListMapRuns lists it. */
export interface MapRunListItem {
  readonly mapRunArn: string;
  readonly executionArn: string;
  /** The state machine its children run: AWS's `<state machine ARN>/<label>`. */
  readonly stateMachineArn: string;
  readonly startDate: number;
  readonly stopDate?: number;
}

/** Items (or child runs: one per item here) of a Map Run by status, as DescribeMapRun counts them. */
export interface MapRunCounts {
  readonly pending: number;
  readonly running: number;
  readonly succeeded: number;
  readonly failed: number;
  readonly timedOut: number;
  readonly aborted: number;
  readonly total: number;
  readonly resultsWritten: number;
  readonly failuresNotRedrivable: number;
  readonly pendingRedrive: number;
}

/** A Map Run as DescribeMapRun describes it. */
export interface MapRunDescription extends MapRunListItem {
  readonly status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED';
  readonly maxConcurrency: number;
  readonly toleratedFailureCount: number;
  readonly toleratedFailurePercentage: number;
  readonly counts: MapRunCounts;
}

/** UpdateMapRun's members; an absent one stays as it is. */
export interface MapRunUpdate {
  readonly maxConcurrency?: number;
  readonly toleratedFailureCount?: number;
  readonly toleratedFailurePercentage?: number;
}

/**
 * The Map Runs of distributed Maps: listed and described from the execution's history and, while
 * one runs, from the live fan-out of the run whose Map state waits on it; updated by a transition
 * job to that run.
 */
export class MapRunService {
  constructor(
    private readonly executions: ExecutionRepository,
    private readonly mapRuns: MapRunRepository,
    private readonly jobs: JobRepository,
  ) {}

  async list(executionArn: string): Promise<MapRunListItem[]> {
    const id = await this.executions.idOfArn(executionArn);
    if (!id) throw new ExecutionNotFoundError(executionArn);
    return recordedMapRuns(await this.executions.history(id)).map((run) => listItem(run, executionArn));
  }

  async describe(mapRunArn: string): Promise<MapRunDescription> {
    const { id, executionArn } = await this.executionOf(mapRunArn);
    // The live run first: a Map Run that ends meanwhile is then found ended in the history.
    const live = await this.mapRuns.live(id, mapRunArn);
    const recorded = recordedMapRuns(await this.executions.history(id)).find((run) => run.mapRunArn === mapRunArn);
    if (!recorded) throw notFound(mapRunArn);
    const summary = recorded.ended?.details ?? (live && mapRunSummary(live.fanOut));
    if (!summary) throw notFound(mapRunArn);
    const status = recorded.ended ? endStatus(recorded.ended.type) : 'RUNNING';
    const { maxConcurrency, toleratedFailureCount, toleratedFailurePercentage } = summary;
    return { ...listItem(recorded, executionArn), status, maxConcurrency, toleratedFailureCount, toleratedFailurePercentage, counts: counts(summary, status) };
  }

  /** Sends the new limits to the running Map Run; false when it has ended. */
  async update(mapRunArn: string, update: MapRunUpdate): Promise<boolean> {
    const { id } = await this.executionOf(mapRunArn);
    const live = await this.mapRuns.live(id, mapRunArn);
    if (!live) {
      const recorded = recordedMapRuns(await this.executions.history(id)).some((run) => run.mapRunArn === mapRunArn);
      if (!recorded) throw notFound(mapRunArn);
      return false;
    }
    const { runId, awaitId } = live;
    const events = [{ type: 'UpdateMapRun' as const, awaitId, ...update }];
    await this.jobs.send([transition(transitionJobIds.mapRunUpdate({ executionId: id, runId, awaitId }, randomUUID()), { executionId: id, runId, events })]);
    return true;
  }

  private async executionOf(mapRunArn: string): Promise<{ id: string; executionArn: string }> {
    const executionArn = executionArnOf(mapRunArn);
    const id = executionArn && (await this.executions.idOfArn(executionArn));
    if (!executionArn || !id) throw notFound(mapRunArn);
    return { id, executionArn };
  }
}

/** `...:mapRun:<state machine>/<execution>:<id>` names the execution `...:execution:<state machine>:<execution>`. */
export function executionArnOf(mapRunArn: string): string | undefined {
  const m = /^(arn:[^:]+:states:[^:]*:\d{12}):mapRun:([^:/]+)\/([^:/]+):[^:/]+$/.exec(mapRunArn);
  return m ? `${m[1]}:execution:${m[2]}:${m[3]}` : undefined;
}

function listItem(run: RecordedMapRun, executionArn: string): MapRunListItem {
  const stateMachineArn = run.mapRunArn.replace(':mapRun:', ':stateMachine:').replace(/:[^:]+$/, '');
  const stop = run.ended && { stopDate: run.ended.timestamp };
  return { mapRunArn: run.mapRunArn, executionArn, stateMachineArn, startDate: run.started.timestamp, ...stop };
}

/** Children still running when a Map Run ended were stopped with it; items never started stay pending. */
function counts(s: MapRunSummary, status: MapRunDescription['status']): MapRunCounts {
  const running = status === 'RUNNING' ? s.running : 0;
  const aborted = status === 'RUNNING' ? 0 : s.running;
  return {
    pending: s.total - s.started,
    running,
    succeeded: s.succeeded,
    failed: s.failed,
    timedOut: 0,
    aborted,
    total: s.total,
    resultsWritten: s.succeeded,
    failuresNotRedrivable: 0,
    pendingRedrive: 0,
  };
}

function notFound(mapRunArn: string): ResourceNotFoundError {
  return new ResourceNotFoundError(`Resource not found: '${mapRunArn}'`);
}
