import type { ParallelDefinition } from '../definition/state-machine.definition';
import type { FanOut } from '../runtime/snapshot';
import type { Transition } from '../runtime/transition';
import { handleStateError } from '../runtime/handle-state-error';
import type { StateHandler } from './state-handler';
import { effectiveInput, resultOutcome } from './state-io';
import { abandonFanOut, childEnded, concurrencyWindow, fillWindow, resumeFanOut } from './fan-out';

/** Parallel: runs every branch on the same input; the result is their outputs in branch order. */
export const parallelState: StateHandler<ParallelDefinition> = {
  async run(t, def) {
    const jsonata = t.queryLanguage(def) === 'JSONata';
    const input = await effectiveInput(t, def, jsonata ? def.Arguments : def.Parameters);
    const startedEventId = t.emit('ParallelStateStarted');
    t.await('children');
    const total = def.Branches.length;
    const fanOut = (t.state.fanOut = {
      items: [input],
      total,
      nextIndex: 0,
      active: [],
      unsuccessful: [],
      succeeded: 0,
      results: new Array(total).fill(null),
      maxConcurrency: concurrencyWindow(t, 0),
      toleratedFailureCount: 0,
      toleratedFailurePercentage: 0,
    });
    resumeFanOut(fanOut, t.state.fanOutLeft);
    t.state.fanOutLeft = undefined;
    if (fanOut.succeeded === total) return succeed(t, def, fanOut);
    const machine = [...t.run.machine, t.state.name];
    fillWindow(t, fanOut, (index) => ({ input, startedEventId, machine: [...machine, index] }));
  },

  async onEvent(t, def, event) {
    const fanOut = t.state.fanOut;
    if (event.type !== 'ChildCompleted' || !fanOut) return;
    childEnded(fanOut, event.index, event.status === 'SUCCEEDED');
    if (event.status !== 'SUCCEEDED') {
      const awaitId = t.state.awaiting?.id as number;
      t.state.awaiting = undefined;
      t.state.fanOut = undefined;
      abandonFanOut(t, fanOut, awaitId);
      t.emit('ParallelStateFailed');
      return handleStateError(t, { error: event.error ?? null, cause: event.cause });
    }
    if (event.output !== undefined) fanOut.results[event.index] = event.output;
    fanOut.succeeded++;
    if (fanOut.succeeded < fanOut.total) {
      const machine = [...t.run.machine, t.state.name];
      return fillWindow(t, fanOut, (index) => ({ input: fanOut.items[0], startedEventId: t.run.lastEventId, machine: [...machine, index] }));
    }
    return succeed(t, def, fanOut);
  },
};

async function succeed(t: Transition, def: ParallelDefinition, fanOut: FanOut): Promise<void> {
  t.state.awaiting = undefined;
  t.state.fanOut = undefined;
  t.emit('ParallelStateSucceeded');
  const { output, assigned } = await resultOutcome(t, def, fanOut.results);
  t.exitState(output, assigned);
}
