import { decideRetry } from './retry';

describe('decideRetry', () => {
  const half = () => 0.5;

  it('backs off exponentially from IntervalSeconds by BackoffRate', () => {
    const retriers = [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 2, BackoffRate: 3, MaxAttempts: 5 }];
    expect(decideRetry(retriers, [], 'E', half)).toEqual({ retrierIndex: 0, delayMs: 2000 });
    expect(decideRetry(retriers, [1], 'E', half)).toEqual({ retrierIndex: 0, delayMs: 6000 });
    expect(decideRetry(retriers, [2], 'E', half)).toEqual({ retrierIndex: 0, delayMs: 18000 });
  });

  it('uses AWS defaults: 1 s, rate 2, 3 attempts', () => {
    const retriers = [{ ErrorEquals: ['E'] }];
    expect(decideRetry(retriers, [2], 'E', half)?.delayMs).toBe(4000);
    expect(decideRetry(retriers, [3], 'E', half)).toBeUndefined();
  });

  it('caps the delay at MaxDelaySeconds and applies FULL jitter', () => {
    const retriers = [{ ErrorEquals: ['E'], IntervalSeconds: 10, MaxAttempts: 5, MaxDelaySeconds: 15, JitterStrategy: 'FULL' as const }];
    expect(decideRetry(retriers, [3], 'E', half)?.delayMs).toBe(7500);
  });

  it('allows no retry with MaxAttempts 0', () => {
    expect(decideRetry([{ ErrorEquals: ['E'], MaxAttempts: 0 }], [], 'E', half)).toBeUndefined();
  });

  it('lets only the first matching retrier decide, with its own counter', () => {
    const retriers = [
      { ErrorEquals: ['E'], MaxAttempts: 1 },
      { ErrorEquals: ['States.ALL'], MaxAttempts: 5 },
    ];
    expect(decideRetry(retriers, [1, 0], 'E', half)).toBeUndefined();
    expect(decideRetry(retriers, [1, 0], 'F', half)).toEqual({ retrierIndex: 1, delayMs: 1000 });
  });

  it('never retries States.Runtime through States.ALL', () => {
    expect(decideRetry([{ ErrorEquals: ['States.ALL'] }], [], 'States.Runtime', half)).toBeUndefined();
  });
});
