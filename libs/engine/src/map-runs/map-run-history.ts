import type { HistoryEvent, MapRunEnd, MapRunSummary } from '@lib/asl';

/** A Map Run as its history events tell it: its start and, once it has ended, its end. */
export interface RecordedMapRun {
  readonly mapRunArn: string;
  readonly started: HistoryEvent;
  readonly ended?: HistoryEvent & { readonly type: MapRunEnd; readonly details: MapRunSummary };
}

const END_TYPES: ReadonlySet<string> = new Set<MapRunEnd>(['MapRunSucceeded', 'MapRunFailed', 'MapRunAborted']);

/** The Map Runs an execution's history records, in the order they started. */
export function recordedMapRuns(history: readonly HistoryEvent[]): RecordedMapRun[] {
  const runs = new Map<string, { mapRunArn: string; started: HistoryEvent; ended?: RecordedMapRun['ended'] }>();
  for (const event of history) {
    const arn = event.details?.mapRunArn;
    if (typeof arn !== 'string') continue;
    if (event.type === 'MapRunStarted') runs.set(arn, { mapRunArn: arn, started: event });
    else if (END_TYPES.has(event.type)) {
      const run = runs.get(arn);
      if (run) run.ended = event as RecordedMapRun['ended'];
    }
  }
  return [...runs.values()];
}

/** The status DescribeMapRun reports for a Map Run that has ended this way. */
export function endStatus(type: MapRunEnd): 'SUCCEEDED' | 'FAILED' | 'ABORTED' {
  return type === 'MapRunSucceeded' ? 'SUCCEEDED' : type === 'MapRunFailed' ? 'FAILED' : 'ABORTED';
}
