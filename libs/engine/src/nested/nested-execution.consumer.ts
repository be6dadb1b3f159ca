import { randomUUID } from 'node:crypto';
import { Worker, type ConnectionOptions } from 'bullmq';
import { isJsonObject, parseTaskResource, type Json } from '@lib/asl';
import { JobName, QueueName, jobIds, taskOutcomeJob, taskQueueName, type TaskJob, type TaskOutcome } from '@lib/contracts';
import type { ExecutionService } from '../execution.service';
import type { JobRepository } from '../job.repository';
import type { StateMachineResolver } from '../state-machine.resolver';
import { startedExecutionOutput } from './nested-execution-result';

/** The handler name under which coordinators serve `arn:aws:states:::states:startExecution`. */
export const START_EXECUTION_HANDLER = 'states:startExecution';

/**
 * Serves `states:startExecution` Tasks inside the coordinator: starts the child execution. The
 * plain form answers at once with its ARN; `.sync` and `.sync:2` answer when the child ends (the
 * orchestrator sends the parent its outcome); `.waitForTaskToken` waits for a callback.
 */
export function createNestedExecutionConsumer(
  executions: ExecutionService,
  stateMachines: Pick<StateMachineResolver, 'resolve'>,
  jobs: JobRepository,
  connection: ConnectionOptions,
  options: { prefix?: string; onError?: (error: Error) => void } = {},
): Worker<TaskJob> {
  const report = (task: TaskJob, outcome: TaskOutcome) =>
    jobs.queue(QueueName.Coordinator).add(JobName.Transition, taskOutcomeJob(task, outcome), { jobId: jobIds.taskOutcome(task) });

  const worker = new Worker<TaskJob>(
    taskQueueName(START_EXECUTION_HANDLER),
    async (job) => {
      const task = job.data;
      const pattern = parseTaskResource(task.resource)?.pattern ?? 'request-response';
      const input = isJsonObject(task.input) ? task.input : {};
      const machine = typeof input.StateMachineArn === 'string' ? await stateMachines.resolve(input.StateMachineArn) : undefined;
      if (!machine) {
        await report(task, { error: 'StepFunctions.StateMachineDoesNotExistException', cause: `State Machine Does Not Exist: '${String(input.StateMachineArn)}'` });
        return;
      }
      const name = typeof input.Name === 'string' ? input.Name : `${task.idempotencyKey.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 43)}-${randomUUID().slice(0, 8)}`;
      const waits = pattern === 'sync' || pattern === 'sync:2';
      const parent = waits ? { executionId: task.executionId, runId: task.runId, awaitId: task.awaitId, pattern } : undefined;
      const child = await executions.startMachine(machine, name, childInput(input.Input), parent);
      if (pattern === 'request-response') await report(task, { output: startedExecutionOutput(child) });
      else if (pattern === 'waitForTaskToken') await report(task, { output: null });
    },
    { connection, prefix: options.prefix },
  );
  worker.on('error', (error) => options.onError?.(error));
  return worker;
}

/** `Input` may be a JSON value or JSON text, as the StartExecution API takes it. */
function childInput(input: Json | undefined): Json {
  if (typeof input !== 'string') return input ?? {};
  try {
    return JSON.parse(input) as Json;
  } catch {
    return input;
  }
}
