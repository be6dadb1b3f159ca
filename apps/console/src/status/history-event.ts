import { parseJson } from '../json-text';

/**
 * A history event as the API sends it (AWS's HistoryEvent): details under `<x>EventDetails`,
 * payloads as JSON text, the timestamp as ISO-8601 text.
 */
export interface HistoryEvent {
  readonly id: number;
  readonly previousEventId?: number;
  readonly timestamp: string;
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

export function eventDetails(event: HistoryEvent): EventDetails {
  const key = Object.keys(event).find((name) => name.endsWith('EventDetails'));
  return key === undefined ? {} : ((event[key] as EventDetails | undefined) ?? {});
}

/** Epoch milliseconds. */
export function eventTime(event: HistoryEvent): number {
  return Date.parse(event.timestamp);
}

/** A payload as a value: JSON text is parsed, anything else is kept as it is. */
export function payload(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const parsed = parseJson(value);
  return parsed.error === undefined ? parsed.value : value;
}
