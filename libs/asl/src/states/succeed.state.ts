import type { SucceedDefinition } from '../definition/state-machine.definition';
import type { StateHandler } from './state-handler';
import { passThroughOutcome } from './state-io';
import { andThen } from '../runtime/maybe-promise';

/** Succeed: ends the run successfully with its (filtered) input. */
export const succeedState: StateHandler<SucceedDefinition> = {
  run(t, def) {
    return andThen(passThroughOutcome(t, def), ({ output }) => t.exitState(output));
  },
};
