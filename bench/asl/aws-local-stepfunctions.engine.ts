import type { Json } from '@lib/asl';
import type { AslWorkload } from './asl-workloads';
import { installPromiseWithResolvers } from './promise-with-resolvers.polyfill';

/** Runs one execution of a workload to completion and returns its output. */
export type RunOnce = () => Promise<unknown>;

type LocalStepFunctions = typeof import('aws-local-stepfunctions');

let loaded: LocalStepFunctions | undefined;

/** Loads the package after the polyfill: it must exist before the package's code runs. */
function load(): LocalStepFunctions {
  installPromiseWithResolvers();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('aws-local-stepfunctions') as LocalStepFunctions;
  return loaded;
}

/**
 * aws-local-stepfunctions: the machine is built (and validated) once, as its users do;
 * Tasks are served by local handlers keyed by state name.
 */
export function theirRunner(workload: AslWorkload): RunOnce {
  const { StateMachine } = load();
  const machine = new StateMachine(workload.definition as never);
  const echo = (input: unknown): unknown => input;
  const taskResourceLocalHandlers = Object.fromEntries(Object.keys(workload.taskStates).map((state) => [state, echo]));
  return () => machine.run(workload.input as never, { overrides: { taskResourceLocalHandlers } as never }).result as Promise<Json>;
}
