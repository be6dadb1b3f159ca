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
