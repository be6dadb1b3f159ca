import { randomBytes } from 'node:crypto';
import type { Json } from '@lib/asl';

/** The parts of a run record that hold payloads: the run's input, its state's input and a fan-out's items. */
interface StoredRun {
  readonly version: number;
  readonly snapshot: {
    readonly input: Json;
    readonly state?: { readonly input: Json; readonly fanOut?: { readonly items: Json[]; readonly selectorInput?: Json } };
  };
}

/**
 * Payload JSON by identity. The interpreter never changes a payload in place (it copies on
 * write), so a payload a run keeps across commits (a Map's input and items, rewritten with every
 * batch of completions) is serialised once per process instead of at every commit.
 */
const payloadJson = new WeakMap<object, string>();

/** Holds a payload's place in the record's JSON until it is spliced in; random, so no payload contains it. */
const SLOT = `\u0002${randomBytes(6).toString('hex')}:`;
const SLOT_IN_JSON = new RegExp(`"\\\\u0002${SLOT.slice(1)}(\\d+)"`, 'g');

/** A run record's stored JSON: its version first, so the commit script reads it without parsing the rest. */
export function runRecordJson<R extends StoredRun>(record: R): string {
  const payloads: string[] = [];
  const slot = <T extends Json | undefined>(value: T): T | string => {
    if (value === null || typeof value !== 'object') return value;
    let json = payloadJson.get(value);
    if (json === undefined) {
      json = JSON.stringify(value);
      payloadJson.set(value, json);
    }
    return SLOT + (payloads.push(json) - 1);
  };
  const { version, snapshot, ...rest } = record;
  const { state } = snapshot;
  const fanOut = state?.fanOut;
  const slotted = {
    ...snapshot,
    input: slot(snapshot.input),
    ...(state && {
      state: {
        ...state,
        input: slot(state.input),
        ...(fanOut && { fanOut: { ...fanOut, items: slot(fanOut.items), selectorInput: slot(fanOut.selectorInput) } }),
      },
    }),
  };
  const json = JSON.stringify({ version, snapshot: slotted, ...rest });
  return payloads.length === 0 ? json : json.replace(SLOT_IN_JSON, (_match, index: string) => payloads[Number(index)]);
}
