import type { Json, JsonObject } from '../json';
import type { Entropy } from './entropy';

/** Everything an expression of a state may read: `$`, `$$`, `$name` variables, and injected randomness. */
export interface EvalScope {
  /** `$` in JSONPath: the value paths are evaluated against. */
  readonly input: Json;
  /** `$$` in JSONPath, `$states.context` in JSONata: the context object. */
  readonly context: JsonObject;
  /** The workflow variables visible to the state (outer scopes merged under its own). Read-only. */
  readonly variables: JsonObject;
  readonly entropy: Entropy;
}
