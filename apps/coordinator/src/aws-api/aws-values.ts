import type { Json } from '@lib/asl';

/**
 * A timestamp as AWS's JSON protocol sends it: seconds since the epoch, with the milliseconds
 * as a fraction (the SDK reads it into a Date).
 */
export function epochSeconds(epochMs: number): number {
  return epochMs / 1000;
}

/** A payload as the API carries it: JSON text. */
export function jsonText(value: Json): string {
  return JSON.stringify(value);
}
