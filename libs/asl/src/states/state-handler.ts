import type { StateDefinition } from '../definition/state-machine.definition';
import type { StepEvent } from '../runtime/step-event';
import type { Transition } from '../runtime/transition';

/**
 * A state's behaviour. `run` does the state's work from its raw input: on entry and again on
 * each retry. `onEvent` receives the answer to what the state awaits.
 */
export interface StateHandler<D extends StateDefinition = StateDefinition> {
  run(t: Transition, def: D): Promise<void> | void;
  onEvent?(t: Transition, def: D, event: StepEvent): Promise<void> | void;
}
