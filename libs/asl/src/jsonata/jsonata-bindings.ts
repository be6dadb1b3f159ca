import type { Json, JsonObject } from '../json';
import type { Entropy } from '../runtime/entropy';

/** The `$states` reserved variable: what a JSONata expression may read about the state. */
export interface StatesVariable {
  /** The state's input. */
  input: Json;
  /** The Task, Parallel or Map result; only in `Output` and `Assign` after it exists. */
  result?: Json;
  /** The error output; only in a Catcher's `Output` and `Assign`. */
  errorOutput?: Json;
  /** The context object (`$$` in JSONPath). */
  context: JsonObject;
}

/** Everything an expression can reference: `$states` and every workflow variable as `$name`. */
export interface JsonataBindings {
  states: StatesVariable;
  variables: JsonObject;
}

/** The outside world an expression may observe, injected so that evaluation is reproducible. */
export interface JsonataOptions {
  /** Source of `$random()`, `$uuid()` and `$shuffle()`. */
  readonly entropy: Entropy;
  /** The evaluation time in epoch milliseconds: `$now()`, `$millis()` and `$toMillis()` defaults. */
  readonly now: number;
}
