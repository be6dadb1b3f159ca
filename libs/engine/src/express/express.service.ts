import { randomUUID } from 'node:crypto';
import { defaultRoleArn, startExecution, type ExecutionResult, type Json, type StateMachineDefinition } from '@lib/asl';
import { systemEntropy } from '../entropy';
import type { StateMachineRecord } from '../state-machine.repository';
import type { ExecutionServiceSettings } from '../execution.service';
import type { RemoteTaskHandler } from './remote-task-handler';
import { systemClock } from './system-clock';

export interface StartSyncExecutionRequest {
  readonly definition: StateMachineDefinition;
  readonly stateMachineArn: string;
  readonly stateMachineName: string;
  readonly name?: string;
  readonly input: Json;
  readonly roleArn?: string;
}

/**
 * Express executions: run in memory inside this coordinator with the interpreter's executor,
 * in real time, their tasks served by the workers. At most once, as on AWS; nothing is stored.
 */
export class ExpressService {
  constructor(
    private readonly remote: RemoteTaskHandler,
    private readonly settings: ExecutionServiceSettings,
  ) {}

  /** StartSyncExecution of a stored state machine. */
  startMachine(machine: StateMachineRecord, name: string | undefined, input: Json): Promise<ExecutionResult & { executionArn: string }> {
    return this.startSync({
      definition: machine.definition,
      stateMachineArn: machine.arn,
      stateMachineName: machine.name,
      name,
      input,
      roleArn: machine.roleArn,
    });
  }

  /** StartSyncExecution: runs the execution to its end and returns the result. */
  async startSync(request: StartSyncExecutionRequest): Promise<ExecutionResult & { executionArn: string }> {
    const { region, accountId } = this.settings;
    const name = request.name ?? randomUUID();
    const executionArn = `arn:aws:states:${region}:${accountId}:express:${request.stateMachineName}:${name}:${randomUUID()}`;
    const handle = startExecution({
      definition: request.definition,
      input: request.input,
      handlers: {},
      defaultHandler: this.remote.handle,
      clock: systemClock,
      entropy: systemEntropy,
      type: 'EXPRESS',
      synchronous: true,
      identity: {
        executionArn,
        name,
        stateMachineArn: request.stateMachineArn,
        stateMachineName: request.stateMachineName,
        roleArn: request.roleArn ?? defaultRoleArn(accountId),
        region,
        accountId,
      },
    });
    return { ...(await handle.result), executionArn };
  }
}
