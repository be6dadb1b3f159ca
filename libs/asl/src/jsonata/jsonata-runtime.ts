import type jsonata from 'jsonata';
import type { Entropy } from '../runtime/entropy';

/**
 * The binding that carries one evaluation's runtime to Step Functions' functions. The space in
 * the name keeps it out of reach: no JSONata variable name can contain one.
 */
export const RUNTIME_BINDING = 'stepwise runtime';

/** Per-evaluation state the dialect's functions and the evaluation limits read. */
export interface JsonataRuntime {
  readonly entropy: Entropy;
  /** Epoch milliseconds. */
  readonly now: number;
  /** Evaluation steps taken so far, counted against MAX_EVALUATION_STEPS. */
  steps: number;
}

/** The runtime of the evaluation a function is called from. */
export function runtimeOf(environment: jsonata.Environment): JsonataRuntime {
  return environment.lookup(RUNTIME_BINDING) as JsonataRuntime;
}

/** A function of Step Functions' JSONata dialect, registered on every compiled expression. */
export interface DialectFunction {
  readonly name: string;
  /** The jsonata signature; it rejects surplus arguments with AWS's T0410. */
  readonly signature: string;
  readonly implementation: (this: jsonata.Focus, ...args: unknown[]) => unknown;
}
