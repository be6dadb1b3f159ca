/**
 * A history event as the API sends it (AWS's HistoryEvent): details under `<x>EventDetails`,
 * payloads as JSON text, the timestamp as ISO-8601 text or epoch seconds/milliseconds.
 */
export interface HistoryEvent {
  readonly id: number;
  readonly previousEventId?: number;
  readonly timestamp: string | number;
  readonly type: string;
  readonly [details: string]: unknown;
}

export interface EventDetails {
  readonly name?: string;
  readonly index?: number;
  readonly length?: number;
  readonly input?: unknown;
  readonly output?: unknown;
  readonly error?: string;
  readonly cause?: string;
  readonly resource?: string;
  readonly resourceType?: string;
}

/** Below this, a numeric timestamp is in seconds (as the AWS SDK's JSON wire has it). */
const EPOCH_SECONDS_LIMIT = 1e11;

export function eventDetails(event: HistoryEvent): EventDetails {
  const key = Object.keys(event).find((name) => name.endsWith('EventDetails'));
  return key === undefined ? {} : ((event[key] as EventDetails | undefined) ?? {});
}

/** Epoch milliseconds. */
export function eventTime(event: HistoryEvent): number {
  const { timestamp } = event;
  if (typeof timestamp === 'number') return timestamp < EPOCH_SECONDS_LIMIT ? timestamp * 1000 : timestamp;
  return Date.parse(timestamp);
}

/** A payload as a value: JSON text is parsed, anything else is kept as it is. */
export function payload(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
