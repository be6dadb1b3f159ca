import { newRun, type FanOut, type Json, type RunSnapshot } from '@lib/asl';
import { PAYLOADS_APART_BYTES, parseRunRecord, runRecordJson, samePayloadsApart, storedRunJson } from './run-record-json';

describe(runRecordJson.name, () => {
  const items: Json[] = [{ i: 0 }, { i: 1, text: '"\u0002quoted\\' }];
  const mapRun = (input: Json): RunSnapshot => {
    const snapshot = newRun({ input });
    snapshot.state = {
      name: 'Each',
      input,
      enteredTime: 0,
      enteredEventId: 2,
      retryCount: 0,
      fanOut: { items, total: 2, nextIndex: 1, active: [0], unsuccessful: [], succeeded: 0, results: [], maxConcurrency: 0 } as unknown as FanOut,
    };
    return snapshot;
  };

  it('writes the version first, where the commit script reads it without decoding the record', () => {
    const snapshot = newRun({ input: { version: 99 } });
    const json = runRecordJson({ snapshot, parent: { runId: 'r', awaitId: 1, index: 0 }, version: 7 });
    expect(json.startsWith('{"version":7,')).toBe(true);
    expect(JSON.parse(json)).toEqual({ version: 7, snapshot, parent: { runId: 'r', awaitId: 1, index: 0 } });
  });

  it('writes what JSON.stringify writes, payloads that look like its placeholders included', () => {
    const record = { version: 3, snapshot: mapRun({ items, note: '\u0002ab:0' }) };
    expect(runRecordJson(record)).toBe(JSON.stringify(record));
  });

  it('writes a payload again when the run holds a new one', () => {
    const input: Json = { items };
    const first = mapRun(input);
    expect(JSON.parse(runRecordJson({ version: 1, snapshot: first })).snapshot.input).toEqual({ items });

    const changed = { ...first, input: { items, more: true } };
    expect(JSON.parse(runRecordJson({ version: 2, snapshot: changed })).snapshot.input).toEqual({ items, more: true });
    expect(runRecordJson({ version: 2, snapshot: changed })).toBe(JSON.stringify({ version: 2, snapshot: changed }));
  });
});

describe('run records with payloads apart', () => {
  const large = Array.from({ length: 2000 }, (_, i) => ({ i, pad: 'x'.repeat(10) }));
  const fanOutRun = (selectorInput?: Json): RunSnapshot => {
    const snapshot = newRun({ input: { items: large } });
    snapshot.state = {
      name: 'Each',
      input: { items: large },
      enteredTime: 0,
      enteredEventId: 2,
      retryCount: 0,
      fanOut: { items: large, total: 2000, nextIndex: 10, active: [9], unsuccessful: [], succeeded: 9, results: [], maxConcurrency: 0, ...(selectorInput !== undefined && { selectorInput }) } as unknown as FanOut,
    };
    return snapshot;
  };

  it('leave the record when large, marked so, and come back whole', () => {
    for (const selectorInput of [undefined, null, { k: 1 }]) {
      const record = { version: 4, snapshot: fanOutRun(selectorInput) };
      const stored = storedRunJson(record, { apart: true });
      expect(stored.payloads).toBeDefined();
      expect(stored.json.length).toBeLessThan(1000);
      expect(JSON.parse(stored.json)).toMatchObject({ version: 4, payloadsApart: true });
      expect(parseRunRecord(stored.json, stored.payloads)).toEqual({ ...record, payloadsApart: true });
      expect(stored.bytes).toBeGreaterThan(PAYLOADS_APART_BYTES);
    }
  });

  it('are not written again when their field already holds them, though the record still leaves them out', () => {
    const record = { version: 5, snapshot: fanOutRun() };
    const kept = storedRunJson(record, { apart: true, stored: true });
    expect(kept).toEqual({ json: storedRunJson(record, { apart: true }).json, apart: true, bytes: storedRunJson(record, { apart: true }).bytes });
  });

  it('stay in when small, or when not asked to leave', () => {
    const small = { version: 1, snapshot: newRun({ input: { n: 1 } }) };
    expect(storedRunJson(small, { apart: true }).payloads).toBeUndefined();
    const big = { version: 1, snapshot: fanOutRun(), payloadsApart: true as const };
    const inline = storedRunJson(big);
    expect(inline.payloads).toBeUndefined();
    expect(parseRunRecord(inline.json)).toEqual({ version: 1, snapshot: big.snapshot });
  });

  it('are the same as stored only for the very objects of a record read with its payloads apart', () => {
    const read = { version: 1, snapshot: fanOutRun(), payloadsApart: true as const };
    const next = { version: 2, snapshot: { ...read.snapshot, lastEventId: 9 } };
    expect(samePayloadsApart(read, next)).toBe(true);
    expect(samePayloadsApart({ ...read, payloadsApart: undefined }, next)).toBe(false);
    expect(samePayloadsApart(read, { version: 2, snapshot: { ...next.snapshot, input: { items: large } } })).toBe(false);
  });
});
