import type { Json, JsonObject } from '../json';
import type { EvalScope } from './eval-scope';
import type { Entropy } from './entropy';
import type { ActiveState, RunSnapshot } from './snapshot';
import type { ExecutionInfo } from './step-context';
import { buildContextObject } from './context-object';

/** The EvalScope of a state; the context object `$$` is built only if an expression reads it. */
export class StateScope implements EvalScope {
  private built?: JsonObject;

  constructor(
    readonly input: Json,
    readonly variables: JsonObject,
    readonly entropy: Entropy,
    private readonly execution: ExecutionInfo,
    private readonly run: RunSnapshot,
    private readonly state: ActiveState,
    private readonly canRetry: boolean,
    private readonly taskToken?: string,
  ) {}

  get context(): JsonObject {
    return (this.built ??= buildContextObject(this.execution, this.run, this.state, this.canRetry, this.taskToken));
  }
}
