import type { SucceedDefinition } from '../definition/state-machine.definition';
import type { StateHandler } from './state-handler';
import { passThroughOutcome } from './state-io';

/** Succeed: ends the run successfully with its (filtered) input. */
export const succeedState: StateHandler<SucceedDefinition> = {
  async run(t, def) {
    const { output } = await passThroughOutcome(t, def);
    t.exitState(output);
  },
};
