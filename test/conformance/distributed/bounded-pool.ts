/**
 * Runs `work` over `items` with at most `limit` running at once; resolves when all have settled.
 * Once `signal` aborts, no further item starts. `work` must not throw.
 */
export async function forEachBounded<T>(
  items: readonly T[],
  limit: number,
  work: (item: T, position: number) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length && !signal?.aborted) {
      const position = next++;
      await work(items[position], position);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/**
 * Calls `emit` with results in position order while they arrive in any order: each result is
 * held until every earlier position has been emitted.
 */
export function inPositionOrder<R>(emit: (result: R) => void): (position: number, result: R) => void {
  const held = new Map<number, R>();
  let due = 0;
  return (position, result) => {
    held.set(position, result);
    while (held.has(due)) {
      emit(held.get(due) as R);
      held.delete(due++);
    }
  };
}
