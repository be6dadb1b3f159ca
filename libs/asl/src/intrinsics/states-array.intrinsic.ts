import type { IntrinsicFunction } from './intrinsic-call';

/** `States.Array(...values)`: a JSON array of its zero or more arguments, in order. */
export const statesArray: IntrinsicFunction = (call) => [...call.args];
