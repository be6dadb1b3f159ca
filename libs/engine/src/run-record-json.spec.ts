import { newRun, type FanOut, type Json, type RunSnapshot } from '@lib/asl';
import { runRecordJson } from './run-record-json';

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
