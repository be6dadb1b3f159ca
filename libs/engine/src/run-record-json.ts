import { randomBytes } from 'node:crypto';
import type { Json } from '@lib/asl';
import type { RunRecord } from './execution-record';

/** The parts of a run record that hold payloads: the run's input, its state's input and a fan-out's items. */
interface StoredRun {
  readonly version: number;
  readonly snapshot: {
    readonly input: Json;
    readonly state?: { readonly input: Json; readonly fanOut?: { readonly items: Json[]; readonly selectorInput?: Json } };
  };
}

/**
 * Payloads of this size in all (as JSON) or more are stored apart from their run's record, in the
 * runs hash field `<runId>:p`, and written only when they change: a Map's parent record, rewritten
 * with every batch of completions, then carries only its fan-out's progress.
 */
export const PAYLOADS_APART_BYTES = 16 * 1024;

/** The runs hash field that holds a run's payloads when they are stored apart. Run ids never contain `:`. */
export function payloadsField(runId: string): string {
  return `${runId}:p`;
}

export function isPayloadsField(field: string): boolean {
  return field.endsWith(':p');
}

/**
 * Payload JSON by identity. The interpreter never changes a payload in place (it copies on
 * write), so a payload a run keeps across commits is serialised once per process.
 */
const payloadJson = new WeakMap<object, string>();

function jsonOf(value: Json | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  let json = payloadJson.get(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    payloadJson.set(value, json);
  }
  return json;
}

/** Holds a payload's place in the record's JSON until it is spliced in; random, so no payload contains it. */
const SLOT = `\u0002${randomBytes(6).toString('hex')}:`;
const SLOT_IN_JSON = new RegExp(`"\\\\u0002${SLOT.slice(1)}(\\d+)"`, 'g');

/** The payloads of a record, in the order they are stored apart. */
function payloadsOf(record: StoredRun): (Json | undefined)[] {
  const { snapshot } = record;
  const fanOut = snapshot.state?.fanOut;
  return [snapshot.input, snapshot.state?.input, fanOut?.items, fanOut?.selectorInput];
}

/** The record with each payload replaced by `replace(payload, position)`. */
function withPayloads<R extends StoredRun>(record: R, replace: (value: Json | undefined, position: number) => unknown): R {
  const { snapshot } = record;
  const { state } = snapshot;
  const fanOut = state?.fanOut;
  return {
    ...record,
    snapshot: {
      ...snapshot,
      input: replace(snapshot.input, 0),
      ...(state && {
        state: {
          ...state,
          input: replace(state.input, 1),
          ...(fanOut && { fanOut: { ...fanOut, items: replace(fanOut.items, 2), selectorInput: replace(fanOut.selectorInput, 3) } }),
        },
      }),
    },
  };
}

/** A run record as stored: its JSON, and its payloads' JSON when they go apart. */
export interface StoredRunJson {
  readonly json: string;
  /** The record leaves its payloads out, for its payloads field. */
  readonly apart: boolean;
  /** A JSON object of the payloads by position, when they go apart and the field does not hold them yet. */
  readonly payloads?: string;
  /** The record's size as JSON, payloads included. */
  readonly bytes: number;
}

/** How a record may store its payloads: `apart` allows the payloads field; `stored`: the field already holds these payloads. */
export interface PayloadPlacement {
  readonly apart?: boolean;
  readonly stored?: boolean;
}

/**
 * A run record's stored JSON: its version first, so the commit script reads it without parsing
 * the rest. With `apart`, payloads of PAYLOADS_APART_BYTES or more leave the record for a field of
 * their own (the record says `payloadsApart: true`), written out only when not `stored` already;
 * else they are written in.
 */
export function storedRunJson<R extends StoredRun>(record: R, placement: PayloadPlacement = {}): StoredRunJson {
  const texts = payloadsOf(record).map(jsonOf);
  const payloadBytes = texts.reduce((bytes, text) => bytes + (text?.length ?? 0), 0);
  if (placement.apart && payloadBytes >= PAYLOADS_APART_BYTES) {
    const { version, payloadsApart: _, ...rest } = withPayloads(record, () => undefined) as R & { payloadsApart?: true };
    const json = JSON.stringify({ version, ...rest, payloadsApart: true });
    const bytes = json.length + payloadBytes;
    if (placement.stored) return { json, apart: true, bytes };
    const present = texts.flatMap((text, position) => (text === undefined ? [] : [`"${position}":${text}`]));
    return { json, apart: true, payloads: `{${present.join(',')}}`, bytes };
  }
  const slotted = withPayloads(record, (value, position) => (value === null || typeof value !== 'object' ? value : SLOT + position));
  const { version, payloadsApart: _, ...rest } = slotted as R & { payloadsApart?: true };
  const json = JSON.stringify({ version, ...rest }).replace(SLOT_IN_JSON, (_match, position: string) => texts[Number(position)] as string);
  return { json, apart: false, bytes: json.length };
}

/** A run record's JSON with its payloads written in. */
export function runRecordJson<R extends StoredRun>(record: R): string {
  return storedRunJson(record).json;
}

/** True when `next` stores its payloads apart exactly as `read` did: the same objects, so the stored field still holds them. */
export function samePayloadsApart(read: RunRecord, next: RunRecord): boolean {
  if (!read.payloadsApart) return false;
  const before = payloadsOf(read);
  return payloadsOf(next).every((value, position) => value === before[position]);
}

/** Reads a stored run record; `payloads` is its payloads field, needed when the record was stored with them apart. */
export function parseRunRecord(json: string, payloads?: string | null): RunRecord {
  const record = JSON.parse(json) as RunRecord;
  if (!record.payloadsApart) return record;
  const values = JSON.parse(payloads ?? '{}') as Record<string, Json>;
  return withPayloads(record, (_value, position) => values[position]);
}
