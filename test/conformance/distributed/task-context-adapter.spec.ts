import type { TaskContext } from '@lib/worker-sdk';
import { abortableDelay, toAslTaskContext } from './task-context-adapter';

function sdkContext(signal: AbortSignal, beats: string[] = []): TaskContext {
  return {
    idempotencyKey: 'e1.r.S.2',
    attempt: 2,
    stateName: 'S',
    resource: 'arn:aws:lambda:us-east-1:111111111111:function:fn',
    signal,
    heartbeat: async () => {
      beats.push('beat');
    },
  };
}

describe(toAslTaskContext.name, () => {
  it('passes the attempt through and names the handler', () => {
    const ctx = toAslTaskContext(sdkContext(new AbortController().signal), 'fn');
    expect(ctx).toMatchObject({
      resource: 'arn:aws:lambda:us-east-1:111111111111:function:fn',
      handler: 'fn',
      stateName: 'S',
      attempt: 2,
      idempotencyKey: 'e1.r.S.2',
    });
    expect(ctx.taskToken).toBeUndefined();
  });

  it('forwards heartbeats to the worker', () => {
    const beats: string[] = [];
    toAslTaskContext(sdkContext(new AbortController().signal, beats), 'fn').heartbeat();
    expect(beats).toEqual(['beat']);
  });

  it('sleeps in real time', async () => {
    const started = Date.now();
    await toAslTaskContext(sdkContext(new AbortController().signal), 'fn').sleep(0.05);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });
});

describe(abortableDelay.name, () => {
  it('rejects with the abort reason as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const delay = abortableDelay(60_000, controller.signal);
    setTimeout(() => controller.abort(new Error('timed out')), 20);
    await expect(delay).rejects.toThrow('timed out');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('rejects at once when the signal has already aborted', async () => {
    await expect(abortableDelay(60_000, AbortSignal.abort(new Error('gone')))).rejects.toThrow('gone');
  });
});
