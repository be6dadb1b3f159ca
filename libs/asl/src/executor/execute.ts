import type { Json } from '../json';
import { VirtualClock } from './clock';
import type { ExecuteOptions, ExecutionHandle, ExecutionResult } from './executor.types';
import { InMemoryExecution } from './in-memory-execution';

/** A running in-memory execution, with the callbacks of the task-token pattern. */
export interface InMemoryExecutionHandle extends ExecutionHandle {
  sendTaskSuccess(taskToken: string, output: Json): boolean;
  sendTaskFailure(taskToken: string, error: string, cause?: string): boolean;
  sendTaskHeartbeat(taskToken: string): boolean;
}

/** Starts an execution in memory; see ExecuteOptions for the clock, entropy and handlers. */
export function startExecution(options: ExecuteOptions): InMemoryExecutionHandle {
  const execution = new InMemoryExecution(options.definition, options, options.clock ?? new VirtualClock(0));
  const { tasks } = execution;
  return {
    result: execution.run(),
    stop: (error?: string, cause?: string) => execution.deliver(0, { type: 'Stop', error, cause }),
    sendTaskSuccess: (token, output) => tasks.callback(token, { output }),
    sendTaskFailure: (token, error, cause) => tasks.callback(token, { error, cause }),
    sendTaskHeartbeat: (token) => tasks.callback(token, 'heartbeat'),
  };
}

/** Runs a whole execution in memory and resolves with its result and history. */
export function execute(options: ExecuteOptions): Promise<ExecutionResult> {
  return startExecution(options).result;
}
