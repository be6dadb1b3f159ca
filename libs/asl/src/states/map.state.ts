import type { Json } from '../json';
import type { MapDefinition } from '../definition/state-machine.definition';
import { StatesFault, statesError } from '../errors/states-error';
import { handleStateError } from '../runtime/handle-state-error';
import type { FanOut } from '../runtime/snapshot';
import type { StepEvent } from '../runtime/step-event';
import type { Transition } from '../runtime/transition';
import type { StateHandler } from './state-handler';
import { resultOutcome } from './state-io';
import { abandonFanOut, childEnded, concurrencyWindow, fillWindow, nextInWindow, resumeFanOut } from './fan-out';
import { resolveMapSettings } from './map-settings';
import { batchItems, itemInput } from './map-item-input';
import { endMapRun, startMapRun, updateMapRun } from './map-run';

/** Map: runs the ItemProcessor once per item; the result is the outputs in item order. */
export const mapState: StateHandler<MapDefinition> = {
  async run(t, def) {
    const settings = await resolveMapSettings(t, def);
    let items = settings.items;
    const batched = def.ItemBatcher !== undefined;
    if (batched) {
      const inputs = await Promise.all(items.map((value, i) => itemInput(t, def, settings.selectorInput, i, value)));
      items = await batchItems(t, def, inputs);
    }
    t.emit('MapStateStarted', { length: items.length });
    t.await('children');
    const distributed = processorMode(def) === 'DISTRIBUTED';
    const fanOut: FanOut = (t.state.fanOut = {
      items,
      selectorInput: batched ? undefined : settings.selectorInput,
      isolated: distributed,
      total: items.length,
      nextIndex: 0,
      active: [],
      unsuccessful: [],
      succeeded: 0,
      results: new Array(items.length).fill(null),
      maxConcurrency: concurrencyWindow(t, settings.maxConcurrency),
      toleratedFailureCount: settings.toleratedFailureCount ?? (distributed ? 0 : -1),
      toleratedFailurePercentage: settings.toleratedFailurePercentage ?? (distributed ? 0 : -1),
    });
    if (distributed) fanOut.mapRun = startMapRun(t, settings.maxConcurrency);
    resumeFanOut(fanOut, t.state.fanOutLeft);
    t.state.fanOutLeft = undefined;
    if (fanOut.succeeded === fanOut.total) return complete(t, def, fanOut);
    await startIterations(t, def, fanOut);
  },

  async onEvent(t, def, event) {
    const fanOut = t.state.fanOut;
    if (!fanOut) return;
    if (event.type === 'UpdateMapRun') return onUpdate(t, def, fanOut, event);
    if (event.type !== 'ChildCompleted') return;
    childEnded(fanOut, event.index, event.status === 'SUCCEEDED');
    const name = t.state.name;
    if (event.status === 'SUCCEEDED') {
      t.emit('MapIterationSucceeded', { name, index: event.index });
      if (event.output !== undefined) fanOut.results[event.index] = event.output;
      fanOut.succeeded++;
    } else {
      t.emit('MapIterationFailed', { name, index: event.index });
      if (!tolerates(fanOut)) return failMap(t, fanOut, iterationError(fanOut, event));
    }
    if (fanOut.succeeded + fanOut.unsuccessful.length === fanOut.total) return complete(t, def, fanOut);
    await startIterations(t, def, fanOut);
  },
};

/** UpdateMapRun: failures beyond the new tolerance fail the Map; a wider window starts more items. */
async function onUpdate(t: Transition, def: MapDefinition, fanOut: FanOut, event: Extract<StepEvent, { type: 'UpdateMapRun' }>): Promise<void> {
  updateMapRun(t, fanOut, event);
  if (fanOut.unsuccessful.length > 0 && !tolerates(fanOut)) return failMap(t, fanOut, iterationError(fanOut));
  await startIterations(t, def, fanOut);
}

function processorMode(def: MapDefinition): string {
  return (def.ItemProcessor ?? def.Iterator)?.ProcessorConfig?.Mode ?? 'INLINE';
}

async function startIterations(t: Transition, def: MapDefinition, fanOut: FanOut): Promise<void> {
  const machine = [...t.run.machine, t.state.name];
  const inputs = new Map<number, Json>();
  try {
    for (const i of nextInWindow(fanOut)) {
      const value = fanOut.items[i];
      inputs.set(i, fanOut.selectorInput === undefined ? value : await itemInput(t, def, fanOut.selectorInput, i, value));
    }
  } catch (e) {
    if (e instanceof StatesFault) {
      abandonFanOut(t, fanOut, t.state.awaiting?.id as number);
      endMapRun(t, fanOut, 'MapRunFailed', e.statesError);
    }
    throw e;
  }
  fillWindow(t, fanOut, (index) => {
    const startedEventId = t.emit('MapIterationStarted', { name: t.state.name, index });
    return { input: inputs.get(index) as Json, mapItem: { Index: index, Value: fanOut.items[index] }, startedEventId, machine };
  });
}

/** Whether failures so far stay within ToleratedFailureCount and ToleratedFailurePercentage. */
function tolerates(fanOut: FanOut): boolean {
  const { total, toleratedFailureCount: count, toleratedFailurePercentage: percentage } = fanOut;
  const failed = fanOut.unsuccessful.length;
  if (count < 0 && percentage < 0) return false;
  const withinCount = count >= 0 && failed <= count;
  const withinPercentage = percentage >= 0 && (failed * 100) / total <= percentage;
  return withinCount || withinPercentage;
}

function iterationError(fanOut: FanOut, event?: Extract<StepEvent, { type: 'ChildCompleted' }>) {
  if (fanOut.isolated || fanOut.toleratedFailureCount >= 0 || fanOut.toleratedFailurePercentage >= 0) {
    return statesError.exceedToleratedFailureThreshold('The specified tolerated failure threshold was exceeded');
  }
  return { error: event?.error ?? null, cause: event?.cause };
}

async function failMap(t: Transition, fanOut: FanOut, error: { error: string | null; cause?: string | null }): Promise<void> {
  const awaitId = t.state.awaiting?.id as number;
  t.state.awaiting = undefined;
  t.state.fanOut = undefined;
  abandonFanOut(t, fanOut, awaitId);
  endMapRun(t, fanOut, 'MapRunFailed', error);
  t.emit('MapStateFailed');
  await handleStateError(t, error);
}

async function complete(t: Transition, def: MapDefinition, fanOut: FanOut): Promise<void> {
  t.state.awaiting = undefined;
  t.state.fanOut = undefined;
  endMapRun(t, fanOut, 'MapRunSucceeded');
  t.emit('MapStateSucceeded');
  const { output, assigned } = await resultOutcome(t, def, fanOut.results);
  t.exitState(output, assigned);
}
