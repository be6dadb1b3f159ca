import type { Json } from '../json';
import type { FanOut, FanOutLeft } from '../runtime/snapshot';
import { newRun } from '../runtime/new-run';
import type { Transition } from '../runtime/transition';

/** What a fan-out's child at an index starts from. */
type ChildAt = (index: number) => { input: Json; mapItem?: { Index: number; Value: Json }; startedEventId: number; machine: (string | number)[] };

/** The indexes the concurrency window has room for, in the order they start: a redrive's first, then new ones. */
export function nextInWindow(fanOut: FanOut): number[] {
  const room = Math.max(0, fanOut.maxConcurrency - fanOut.active.length);
  const redo = (fanOut.redo ?? []).slice(0, room);
  const fresh = Math.min(room - redo.length, fanOut.total - fanOut.nextIndex);
  return [...redo, ...Array.from({ length: fresh }, (_, i) => fanOut.nextIndex + i)];
}

/** Starts a fan-out's children while it has room in its concurrency window. */
export function fillWindow(t: Transition, fanOut: FanOut, childAt: ChildAt): void {
  const awaitId = t.state.awaiting?.id as number;
  for (const index of nextInWindow(fanOut)) {
    if (index >= fanOut.nextIndex) fanOut.nextIndex = index + 1;
    else fanOut.redo?.shift();
    if (fanOut.redo?.length === 0) delete fanOut.redo;
    fanOut.active.push(index);
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

/** A child has ended: it leaves the window, and is remembered for a redrive unless it succeeded. */
export function childEnded(fanOut: FanOut, index: number, succeeded: boolean): void {
  const at = fanOut.active.indexOf(index);
  if (at >= 0) fanOut.active.splice(at, 1);
  if (!succeeded) fanOut.unsuccessful.push(index);
}

/**
 * Ends a fan-out without success (a child's failure, an error starting children, a stop): its
 * running children are told to stop, and the state keeps what a redrive would run again.
 */
export function abandonFanOut(t: Transition, fanOut: FanOut, awaitId: number): void {
  if (fanOut.active.length > 0) t.command({ kind: 'StopChildren', awaitId, indexes: [...fanOut.active] });
  t.state.fanOutLeft = leftForRedrive(fanOut, awaitId);
}

/** What a redrive of this fan-out runs again: children that failed, were stopped, or had not started. */
function leftForRedrive(fanOut: FanOut, awaitId: number): FanOutLeft {
  const redo = [...new Set([...fanOut.unsuccessful, ...fanOut.active, ...(fanOut.redo ?? [])])].sort((a, b) => a - b);
  const { total, nextIndex, results } = fanOut;
  return { awaitId, total, nextIndex, redo, ...(results.some((r) => r !== null) && { results: [...results] }) };
}

/**
 * Picks up where an earlier attempt of the same fan-out left off: its successful children count
 * as done (with their results), the rest start again. An attempt whose items differ starts over.
 */
export function resumeFanOut(fanOut: FanOut, left: FanOutLeft | undefined): void {
  if (!left || left.total !== fanOut.total) return;
  fanOut.nextIndex = left.nextIndex;
  fanOut.succeeded = left.nextIndex - left.redo.length;
  if (left.redo.length > 0) fanOut.redo = [...left.redo];
  if (left.results?.length === fanOut.total) fanOut.results = [...left.results];
}

/** The limit of children running at once: the definition's (0 means none) within the runtime's. */
export function concurrencyWindow(t: Transition, maxConcurrency: number): number {
  return maxConcurrency > 0 ? Math.min(maxConcurrency, t.ctx.maxChildConcurrency) : t.ctx.maxChildConcurrency;
}
