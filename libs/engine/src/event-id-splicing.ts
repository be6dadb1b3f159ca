import { randomBytes } from 'node:crypto';
import type { HistoryEvent } from '@lib/asl';
import type { RunRecord } from './execution-record';
import { storedRunJson, type PayloadPlacement, type StoredRunJson } from './run-record-json';

/**
 * A step numbers its events from the event count it read; the commit script gives them their
 * final ids, so runs of one execution can commit concurrently without re-stepping. Ids above the
 * count read (`base`) are provisional: the events go to the script as their id offset, their
 * predecessor (an offset, or a final id from before), and the rest of their JSON; the run and
 * child records carry a marker the script replaces with the final id.
 */
export interface SplicedEvent {
  /** 1-based position in the commit. */
  readonly k: number;
  /** The predecessor: an offset in this commit when `prevRel`, else a final id. */
  readonly prev: number;
  readonly prevRel: boolean;
  /** The event's JSON after its ids, without the opening brace. */
  readonly body: string;
}

const PROCESS_NONCE = randomBytes(8).toString('hex');
let commits = 0;

/** The located-error text AWS writes into causes: it quotes an event id the script cannot rewrite. */
const QUOTES_EVENT_ID = 'entered at the event id #';

export class EventIdSplicer {
  /** Random per process and unique per commit, so no payload can contain a marker by chance. */
  readonly nonce = `${PROCESS_NONCE}${(++commits).toString(36)}`;

  constructor(readonly base: number) {}

  events(events: readonly HistoryEvent[]): SplicedEvent[] {
    return events.map((e) => {
      const { id, previousEventId, ...rest } = e;
      const prevRel = previousEventId > this.base;
      return { k: id - this.base, prev: prevRel ? previousEventId - this.base : previousEventId, prevRel, body: JSON.stringify(rest).slice(1) };
    });
  }

  /** The record as stored (see `storedRunJson`), its provisional event ids replaced by markers. */
  record(record: RunRecord, placement?: PayloadPlacement): StoredRunJson {
    return storedRunJson(withEventIds(record, (id) => this.mark(id)), placement);
  }

  /** True when a text quotes event ids, so the commit must keep the ids the step gave. */
  static quotesEventIds(...texts: string[]): boolean {
    return texts.some((text) => text.includes(QUOTES_EVENT_ID));
  }

  private mark(id: number): number | string {
    return id > this.base ? `\u0001${this.nonce}:${id - this.base}` : id;
  }
}

/**
 * A record as the commit script stored it: ids the step numbered above `base` (the event count it
 * read) made final from `count`, the event count the script found.
 */
export function withFinalIds(record: RunRecord, base: number, count: number): RunRecord {
  return withEventIds(record, (id) => (id > base ? count + id - base : id)) as RunRecord;
}

/** The record with the event ids it holds (the run's last event, its state's entry) mapped by `map`. */
function withEventIds(record: RunRecord, map: (id: number) => number | string) {
  const { snapshot } = record;
  const { state } = snapshot;
  return {
    ...record,
    snapshot: { ...snapshot, lastEventId: map(snapshot.lastEventId), ...(state && { state: { ...state, enteredEventId: map(state.enteredEventId) } }) },
  };
}
