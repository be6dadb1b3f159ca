import { VirtualClock, execute, seededEntropy, type TaskHandler } from '@lib/asl';
import type { AslWorkload } from './asl-workloads';
import type { RunOnce } from './aws-local-stepfunctions.engine';

const START_EPOCH_MS = Date.UTC(2024, 0, 1);

/** Our in-memory executor, with a virtual clock; it records the full AWS history every run. */
export function ourRunner(workload: AslWorkload): RunOnce {
  const echo: TaskHandler = (input) => input;
  const handlers = Object.fromEntries(workload.echoFunctions.map((name) => [name, echo]));
  return async () => {
    const result = await execute({
      definition: workload.definition,
      input: workload.input,
      handlers,
      clock: new VirtualClock(START_EPOCH_MS),
      entropy: seededEntropy(1),
    });
    if (result.status !== 'SUCCEEDED') throw new Error(`${workload.name}: ${result.status} ${result.error}: ${result.cause}`);
    // The comparison is only fair if the history was really kept (ExecutionStarted ... Succeeded).
    if (result.history.length < 2) throw new Error(`${workload.name}: no execution history recorded`);
    return result.output;
  };
}
