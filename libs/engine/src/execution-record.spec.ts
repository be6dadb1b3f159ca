import { newRun, type RunSnapshot } from '@lib/asl';
import { withoutResults } from './execution-record';

describe('run records', () => {
  it('keep fan-out results out of the snapshot, those a redrive will carry over included', () => {
    const snapshot = {
      ...newRun({ input: [1, 2] }),
      status: 'FAILED',
      redriveFrom: { name: 'Each', input: [1, 2], fanOut: { awaitId: 1, total: 2, nextIndex: 2, redo: [1], results: ['one', null] } },
    } as RunSnapshot;
    expect(withoutResults(snapshot).redriveFrom?.fanOut).toEqual({ awaitId: 1, total: 2, nextIndex: 2, redo: [1], results: undefined });
  });
});
