import type { Json } from '../json';
import type { FanOut } from '../runtime/snapshot';
import { newRun } from '../runtime/new-run';
import type { Transition } from '../runtime/transition';

/** Starts a fan-out's children while it has room in its concurrency window. */
export function fillWindow(t: Transition, fanOut: FanOut, childAt: (index: number) => { input: Json; mapItem?: { Index: number; Value: Json }; startedEventId: number; machine: (string | number)[] }): void {
  const awaitId = t.state.awaiting?.id as number;
  while (fanOut.nextIndex < fanOut.total && fanOut.running < fanOut.maxConcurrency) {
    const index = fanOut.nextIndex++;
    fanOut.running++;
    const child = childAt(index);
    t.command({
      kind: 'StartChild',
      awaitId,
      index,
      child: newRun({
        machine: child.machine,
        input: child.input,
        outerVariables: fanOut.isolated ? undefined : t.variables,
        mapItem: child.mapItem,
        lastEventId: child.startedEventId,
      }),
    });
  }
}

/** The limit of children running at once: the definition's (0 means none) within the runtime's. */
export function concurrencyWindow(t: Transition, maxConcurrency: number): number {
  return maxConcurrency > 0 ? Math.min(maxConcurrency, t.ctx.maxChildConcurrency) : t.ctx.maxChildConcurrency;
}
