/**
 * An AWS execution history event. `details` is AWS's `<x>EventDetails` object, keyed as AWS keys
 * it (e.g. `stateEnteredEventDetails`); payloads inside stay as values here and are serialised
 * to JSON strings only at the API boundary.
 */
export interface HistoryEvent {
  readonly id: number;
  readonly previousEventId: number;
  /** Milliseconds since the epoch. */
  readonly timestamp: number;
  readonly type: string;
  readonly [detailsKey: `${string}EventDetails`]: Record<string, unknown> | undefined;
}

/** A history event as `step` emits it: the caller numbers it and links it to its predecessor. */
export interface HistoryEventDraft {
  readonly type: string;
  readonly timestamp: number;
  readonly detailsKey?: `${string}EventDetails`;
  readonly details?: Record<string, unknown>;
}
