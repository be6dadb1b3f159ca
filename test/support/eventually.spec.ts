import { eventually, until } from './eventually';

describe(eventually.name, () => {
  it('retries a failing check until it passes, and resolves with its value', async () => {
    let calls = 0;
    await expect(
      eventually(async () => {
        calls += 1;
        expect(calls).toBe(3);
        return calls;
      }),
    ).resolves.toBe(3);
  });

  it('throws the last failure once the time is up', async () => {
    await expect(eventually(() => Promise.reject(new Error('never')), 50)).rejects.toThrow('never');
  });
});

describe(until.name, () => {
  it('reads until the value is done, and resolves with that value', async () => {
    let n = 0;
    await expect(until(async () => (n += 1), (value) => value === 3)).resolves.toBe(3);
  });

  it('rejects with the last value read once the time is up', async () => {
    await expect(until(async () => ({ status: 'RUNNING' }), () => false, 50)).rejects.toThrow('still not there after 50 ms: {"status":"RUNNING"}');
  });
});
