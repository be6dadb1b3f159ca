import { WallClockTimeoutError, withWallClockGuard } from './wall-clock-guard';

describe('withWallClockGuard', () => {
  it('passes the result through when the work finishes in time', async () => {
    await expect(withWallClockGuard(Promise.resolve(3), 1000)).resolves.toBe(3);
  });

  it('rejects and calls onTimeout when the work hangs', async () => {
    const onTimeout = jest.fn();
    const hang = new Promise<never>(() => undefined);
    await expect(withWallClockGuard(hang, 20, onTimeout)).rejects.toBeInstanceOf(WallClockTimeoutError);
    expect(onTimeout).toHaveBeenCalledTimes(1);
  });
});
