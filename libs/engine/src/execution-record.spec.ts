import { newRun, type RunSnapshot } from '@lib/asl';
import { runRecordJson, withoutResults } from './execution-record';

describe('run records', () => {
  it('are stored version first, where the commit script reads the version without decoding the record', () => {
    const snapshot = newRun({ input: { version: 99 } });
    const json = runRecordJson({ snapshot, parent: { runId: 'r', awaitId: 1, index: 0 }, version: 7 });
    expect(json.startsWith('{"version":7,')).toBe(true);
    expect(JSON.parse(json)).toEqual({ version: 7, snapshot, parent: { runId: 'r', awaitId: 1, index: 0 } });
  });

  it('keep fan-out results out of the snapshot, those a redrive will carry over included', () => {
    const snapshot = {
      ...newRun({ input: [1, 2] }),
      status: 'FAILED',
      redriveFrom: { name: 'Each', input: [1, 2], fanOut: { awaitId: 1, total: 2, nextIndex: 2, redo: [1], results: ['one', null] } },
    } as RunSnapshot;
    expect(withoutResults(snapshot).redriveFrom?.fanOut).toEqual({ awaitId: 1, total: 2, nextIndex: 2, redo: [1], results: undefined });
  });
});
