import type { Json, JsonObject } from '../json';
import type { MachinePath, RunSnapshot } from './snapshot';

/** The snapshot of a run that has not started: feed it a `Start` event. */
export function newRun(options: {
  machine?: MachinePath;
  input: Json;
  outerVariables?: JsonObject;
  mapItem?: { Index: number; Value: Json };
  lastEventId?: number;
}): RunSnapshot {
  const run: RunSnapshot = {
    machine: options.machine ?? [],
    status: 'RUNNING',
    input: options.input,
    variables: {},
    lastEventId: options.lastEventId ?? 0,
    awaitCounter: 0,
  };
  if (options.outerVariables && Object.keys(options.outerVariables).length > 0) {
    (run as { outerVariables?: JsonObject }).outerVariables = options.outerVariables;
  }
  if (options.mapItem) (run as { mapItem?: RunSnapshot['mapItem'] }).mapItem = options.mapItem;
  return run;
}
