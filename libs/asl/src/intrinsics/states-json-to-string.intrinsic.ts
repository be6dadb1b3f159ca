import type { IntrinsicFunction } from './intrinsic-call';

/** `States.JsonToString(value)`: the value as compact JSON text. */
export const statesJsonToString: IntrinsicFunction = (call) => {
  if (call.args.length !== 1) call.invalidArguments('only a single argument is allowed.');
  return JSON.stringify(call.args[0]);
};
