import type { StateType } from '../definition/state-machine.definition';
import type { StateHandler } from './state-handler';
import { passState } from './pass.state';
import { taskState } from './task.state';
import { choiceState } from './choice.state';
import { waitState } from './wait.state';
import { succeedState } from './succeed.state';
import { failState } from './fail.state';
import { parallelState } from './parallel.state';
import { mapState } from './map.state';

/** The behaviour of each state type. */
export const stateHandlers: Record<StateType, StateHandler<never>> = {
  Pass: passState as StateHandler<never>,
  Task: taskState as StateHandler<never>,
  Choice: choiceState as StateHandler<never>,
  Wait: waitState as StateHandler<never>,
  Succeed: succeedState as StateHandler<never>,
  Fail: failState as StateHandler<never>,
  Parallel: parallelState as StateHandler<never>,
  Map: mapState as StateHandler<never>,
};
