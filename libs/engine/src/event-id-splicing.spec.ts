import { newRun } from '@lib/asl';
import { EventIdSplicer, withFinalIds } from './event-id-splicing';

describe(EventIdSplicer.name, () => {
  const ids = new EventIdSplicer(10);

  it('sends events as offsets from the count read, with predecessors inside the commit as offsets too', () => {
    const spliced = ids.events([
      { id: 11, previousEventId: 7, timestamp: 5, type: 'TaskStateEntered', details: { name: 'T' } },
      { id: 12, previousEventId: 11, timestamp: 5, type: 'TaskScheduled' },
    ]);
    expect(spliced).toEqual([
      { k: 1, prev: 7, prevRel: false, body: '"timestamp":5,"type":"TaskStateEntered","details":{"name":"T"}}' },
      { k: 2, prev: 1, prevRel: true, body: '"timestamp":5,"type":"TaskScheduled"}' },
    ]);
  });

  it('marks only the provisional event ids of a run record, leaving its payloads alone', () => {
    const run = newRun({ input: { lastEventId: 99 }, lastEventId: 12 });
    run.state = { name: 'T', input: { enteredEventId: 50 }, enteredTime: 0, enteredEventId: 11, retryCount: 0 };
    const json = JSON.parse(ids.record({ snapshot: run, version: 1 }).json);
    expect(json.snapshot.lastEventId).toBe(`\u0001${ids.nonce}:2`);
    expect(json.snapshot.state.enteredEventId).toBe(`\u0001${ids.nonce}:1`);
    expect(json.snapshot.input).toEqual({ lastEventId: 99 });
    expect(json.snapshot.state.input).toEqual({ enteredEventId: 50 });
    const old = JSON.parse(ids.record({ snapshot: newRun({ input: {}, lastEventId: 4 }), version: 0 }).json);
    expect(old.snapshot.lastEventId).toBe(4);
  });

  it('knows when a text quotes event ids, which the commit script cannot rewrite', () => {
    expect(EventIdSplicer.quotesEventIds('{"cause":"An error occurred while executing the state \'S\' (entered at the event id #12)."}')).toBe(true);
    expect(EventIdSplicer.quotesEventIds('{"cause":"anything else"}')).toBe(false);
  });
});

describe(withFinalIds.name, () => {
  it('gives the ids numbered above the count read their place after the count the commit found, as the script does', () => {
    const run = newRun({ input: {}, lastEventId: 12 });
    run.state = { name: 'T', input: {}, enteredEventId: 11, enteredTime: 0, retryCount: 0 };
    const final = withFinalIds({ snapshot: run, version: 3 }, 10, 40);
    expect(final.snapshot.lastEventId).toBe(42);
    expect(final.snapshot.state?.enteredEventId).toBe(41);
    expect(final.version).toBe(3);

    const earlier = { ...run, state: { ...run.state, enteredEventId: 9 } };
    expect(withFinalIds({ snapshot: earlier, version: 3 }, 10, 40).snapshot.state?.enteredEventId).toBe(9);
  });
});
