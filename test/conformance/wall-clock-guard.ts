/** Thrown when a case runs longer than the runner allows; the case fails, the run goes on. */
export class WallClockTimeoutError extends Error {
  constructor(readonly limitMs: number) {
    super(`case exceeded the runner's wall-clock guard of ${limitMs} ms`);
    this.name = new.target.name;
  }
}

/**
 * Settles with `work`, or rejects with WallClockTimeoutError after `limitMs` of real time,
 * calling `onTimeout` first so the abandoned work can be stopped.
 */
export function withWallClockGuard<T>(work: Promise<T>, limitMs: number, onTimeout?: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      try {
        onTimeout?.();
      } finally {
        reject(new WallClockTimeoutError(limitMs));
      }
    }, limitMs);
  });
  return Promise.race([work, guard]).finally(() => clearTimeout(timer));
}
