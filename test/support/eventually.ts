/** How often `eventually` retries its check. */
export const EVENTUALLY_POLL_MS = 20;

/** Retries an assertion until it passes or `timeoutMs` has passed (then its last failure is thrown). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, EVENTUALLY_POLL_MS));
    }
  }
}

/** Reads until `done` holds for what was read, then resolves with it; after `timeoutMs` rejects with the last value read. */
export function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
  return eventually(async () => {
    const value = await read();
    if (!done(value)) throw new Error(`still not there after ${timeoutMs} ms: ${JSON.stringify(value)?.slice(0, 1_000)}`);
    return value;
  }, timeoutMs);
}
