import type { IntrinsicFunction } from './intrinsic-call';

/** `States.UUID()`: a version 4 UUID from the injected entropy. AWS ignores any arguments. */
export const statesUuid: IntrinsicFunction = (call) => call.scope.entropy.uuid();
