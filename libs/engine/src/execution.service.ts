import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { defaultRoleArn, newRun, type HistoryEvent, type Json, type StateMachineDefinition, type StepEvent } from '@lib/asl';
import type { TransitionJob } from '@lib/contracts';
import type { Orchestrator } from './orchestrator';
import type { Redis } from 'ioredis';
import { ROOT_RUN_ID, type ExecutionRecord, type ParentTask, type RunRecord } from './execution-record';
import type { ExecutionRepository } from './execution.repository';
import type { JobRepository } from './job.repository';
import { transition } from './plan-jobs';
import type { ResolvedStateMachine } from './state-machine.resolver';
import { readTaskToken } from './task-token';
import { transitionJobIds } from './transition-job-ids';
import {
  ExecutionAlreadyExistsError,
  ExecutionNotFoundError,
  ExecutionNotRedrivableError,
  TaskTimedOutError,
  TaskTokenNotFoundError,
} from './engine.errors';

export interface StartExecutionRequest {
  readonly definition: StateMachineDefinition;
  readonly stateMachineArn: string;
  readonly stateMachineName: string;
  readonly stateMachineVersionArn?: string;
  readonly stateMachineAliasArn?: string;
  readonly name: string;
  readonly input: Json;
  readonly roleArn?: string;
  readonly type?: 'STANDARD' | 'EXPRESS';
  /** The `.sync` Task of another execution that waits for this one's end. */
  readonly parent?: ParentTask;
}

export interface ListExecutionsFilter {
  /** A state machine's ARN, or a version's or an alias's: the executions started from it. */
  readonly stateMachineArn?: string;
  readonly status?: ExecutionRecord['status'];
  readonly maxResults?: number;
  readonly nextToken?: string;
}

/** Executions per page when the caller sets no maxResults (AWS's default is 100). */
export const DEFAULT_PAGE_SIZE = 100;

/** Execution ids read per round trip while filtering a listing. */
const LIST_SCAN_BATCH = 200;

/** Where executions live: used to build ARNs. */
export interface ExecutionServiceSettings {
  readonly region: string;
  readonly accountId: string;
  /** This process's orchestrator, when it has the role: a new execution's start is applied at once, in the call. */
  readonly orchestrator?: Pick<Orchestrator, 'applyStart' | 'process'>;
}

/**
 * A start applied in the API call is also sent as a job this much later, so an execution whose
 * process died before applying it still starts; once applied, the job changes nothing.
 */
export const START_SAFETY_DELAY_MS = 10_000;

/**
 * The programmatic service API the doors (AWS protocol, REST, gRPC) call: start, describe, stop,
 * history, list, and the callbacks of the task-token pattern.
 */
export class ExecutionService {
  constructor(
    private readonly executions: ExecutionRepository,
    private readonly jobs: JobRepository,
    private readonly redis: Redis,
    private readonly settings: ExecutionServiceSettings,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Starts an execution; the same name with the same input on a running execution returns it again. */
  async start(request: StartExecutionRequest): Promise<ExecutionRecord> {
    const { region, accountId } = this.settings;
    const arn = `arn:aws:states:${region}:${accountId}:execution:${request.stateMachineName}:${request.name}`;
    const id = executionId(arn);
    const record: ExecutionRecord = {
      id,
      arn,
      name: request.name,
      stateMachineArn: request.stateMachineArn,
      stateMachineName: request.stateMachineName,
      ...(request.stateMachineVersionArn !== undefined && { stateMachineVersionArn: request.stateMachineVersionArn }),
      ...(request.stateMachineAliasArn !== undefined && { stateMachineAliasArn: request.stateMachineAliasArn }),
      roleArn: request.roleArn ?? defaultRoleArn(accountId),
      region,
      accountId,
      type: request.type ?? 'STANDARD',
      definition: request.definition,
      input: request.input,
      startDate: this.clock(),
      redriveCount: 0,
      status: 'RUNNING',
      eventCount: 0,
      ...(request.parent && { parent: request.parent }),
    };
    const root: RunRecord = { snapshot: newRun({ input: request.input }), version: 0 };
    const created = await this.executions.create(record, root);
    const execution = created.created ? record : await this.executions.get(created.existingId);
    if (!execution) throw new ExecutionNotFoundError(arn);
    if (!created.created && (execution.status !== 'RUNNING' || !isDeepStrictEqual(execution.input, request.input))) {
      throw new ExecutionAlreadyExistsError(arn);
    }
    await this.sendStart(execution, created.created ? root : undefined);
    return execution;
  }

  /**
   * Sends the start. A new execution's (`root`: its run as just created) is applied right here
   * when this process orchestrates, saving a queue hop and a read; the delayed copy of the start
   * job goes out at the same time, and is taken back once the start went through (left alone, it
   * would be processed later only to find the start applied).
   */
  private async sendStart(execution: ExecutionRecord, root: RunRecord | undefined): Promise<void> {
    const [start, ...others] = startJobs(execution, this.clock());
    const orchestrator = this.settings.orchestrator;
    if (!root || !orchestrator) return this.jobs.send([start, ...others]);
    const [, applied] = await Promise.all([
      this.jobs.send([{ ...start, opts: { ...start.opts, delay: START_SAFETY_DELAY_MS } }, ...others]),
      // A failure here (Redis unreachable a moment) is left to the delayed job.
      orchestrator.applyStart(execution, root, start.opts.jobId).then(
        () => true,
        () => false,
      ),
    ]);
    if (applied) this.jobs.remove(start.queue, start.opts.jobId).catch(() => undefined);
  }

  /**
   * Starts an execution of a stored state machine (its definition, role and type), or of one of
   * its versions as StateMachineResolver resolves a version or alias ARN.
   */
  startMachine(machine: ResolvedStateMachine, name: string, input: Json, parent?: ParentTask): Promise<ExecutionRecord> {
    return this.start({
      definition: machine.definition,
      stateMachineArn: machine.arn,
      stateMachineName: machine.name,
      ...(machine.versionArn !== undefined && { stateMachineVersionArn: machine.versionArn }),
      ...(machine.aliasArn !== undefined && { stateMachineAliasArn: machine.aliasArn }),
      name,
      input,
      roleArn: machine.roleArn,
      type: machine.type,
      ...(parent && { parent }),
    });
  }

  async describe(executionArn: string): Promise<ExecutionRecord> {
    const id = await this.idOf(executionArn);
    const execution = await this.executions.get(id);
    if (!execution) throw new ExecutionNotFoundError(executionArn);
    return execution;
  }

  /**
   * StopExecution: the execution ends ABORTED, its running tasks and children stopped. The job is
   * named per redrive, so a redriven execution can be stopped again.
   */
  async stop(executionArn: string, error?: string, cause?: string): Promise<void> {
    const { id, redriveCount } = await this.describe(executionArn);
    const events = [{ type: 'Stop' as const, ...(error !== undefined && { error }), ...(cause !== undefined && { cause }) }];
    await this.applyNow(transitionJobIds.stop({ executionId: id, runId: ROOT_RUN_ID }, redriveCount), { executionId: id, runId: ROOT_RUN_ID, events });
  }

  /**
   * Applies a transition of the root run within the call when this process orchestrates, so that
   * the execution reads as AWS's does right after the call returns (ABORTED after a stop, RUNNING
   * after a redrive); otherwise, or should that fail, sends it to the coordinators.
   */
  private async applyNow(jobId: string, job: TransitionJob): Promise<void> {
    const orchestrator = this.settings.orchestrator;
    // Should applying it here fail (commits kept conflicting), the job applies it with BullMQ's retries.
    const applied = orchestrator ? await orchestrator.process(job, jobId).then(() => true, () => false) : false;
    if (!applied) await this.jobs.send([transition(jobId, job)]);
  }

  /** RedriveExecution: a failed, stopped or timed-out execution resumes at the state it ended in. */
  async redrive(executionArn: string): Promise<ExecutionRecord> {
    const execution = await this.describe(executionArn);
    if (execution.status === 'RUNNING' || execution.status === 'SUCCEEDED') {
      throw new ExecutionNotRedrivableError(executionArn, execution.status);
    }
    const count = execution.redriveCount + 1;
    const events = [{ type: 'Redrive' as const }];
    await this.applyNow(transitionJobIds.redrive({ executionId: execution.id, runId: ROOT_RUN_ID }, count), { executionId: execution.id, runId: ROOT_RUN_ID, events });
    return execution;
  }

  /**
   * Executions, newest first, optionally of one state machine and in one status; `nextToken`
   * continues where the previous page ended.
   */
  async list(filter: ListExecutionsFilter = {}): Promise<{ executions: ExecutionRecord[]; nextToken?: string }> {
    const pageSize = filter.maxResults ?? DEFAULT_PAGE_SIZE;
    const found: ExecutionRecord[] = [];
    let offset = Number(filter.nextToken ?? 0);
    const arn = filter.stateMachineArn;
    const indexed = arn !== undefined && (await this.executions.indexesStartedFrom(arn)) ? arn : undefined;
    while (found.length < pageSize) {
      const ids = await this.executions.listIds(offset, LIST_SCAN_BATCH, indexed);
      if (ids.length === 0) return { executions: found };
      const batch = await this.executions.getMany(ids);
      for (const [i, e] of batch.entries()) {
        if (!e || (filter.stateMachineArn && !startedFrom(e, filter.stateMachineArn)) || (filter.status && e.status !== filter.status)) continue;
        found.push(e);
        if (found.length === pageSize) return { executions: found, nextToken: String(offset + i + 1) };
      }
      offset += ids.length;
    }
    return { executions: found };
  }

  /** History events in id order; `start` and `end` are list indexes as Redis reads them (event id − 1, negative from the end). */
  async history(executionArn: string, start = 0, end = -1): Promise<HistoryEvent[]> {
    return this.executions.history(await this.idOf(executionArn), start, end);
  }

  /** Resolves once the execution has ended (or with its current record after `timeoutMs`). */
  async waitForEnd(executionArn: string, timeoutMs: number): Promise<ExecutionRecord> {
    const id = await this.idOf(executionArn);
    const subscriber = this.redis.duplicate();
    try {
      const ended = new Promise<void>((resolve) => subscriber.on('message', () => resolve()));
      await subscriber.subscribe(this.executions.keys.endedChannel(id));
      const current = await this.describe(executionArn);
      if (current.status !== 'RUNNING') return current;
      await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
      return this.describe(executionArn);
    } finally {
      subscriber.disconnect();
    }
  }

  async sendTaskSuccess(taskToken: string, output: Json): Promise<void> {
    await this.answer(taskToken, (awaitId) => ({ type: 'TaskSucceeded', awaitId, output, callback: true }));
  }

  async sendTaskFailure(taskToken: string, error = 'States.TaskFailed', cause?: string): Promise<void> {
    await this.answer(taskToken, (awaitId) => ({ type: 'TaskFailed', awaitId, error, ...(cause !== undefined && { cause }) }));
  }

  /** Sends a callback's answer to the run that waits on its token (one job per wait: a second answer is ignored). */
  private async answer(taskToken: string, event: (awaitId: number) => StepEvent): Promise<void> {
    const { id, runId, awaitId } = await this.waitingOn(taskToken);
    await this.jobs.send([transition(transitionJobIds.callback({ executionId: id, runId, awaitId }), { executionId: id, runId, events: [event(awaitId)] })]);
  }

  /**
   * Keeps a callback task with HeartbeatSeconds alive: the heartbeat timer finds the key and waits
   * again. A task without HeartbeatSeconds has no timer, so there is nothing to write.
   */
  async sendTaskHeartbeat(taskToken: string): Promise<void> {
    const { id, runId, awaitId, heartbeatSeconds } = await this.waitingOn(taskToken);
    if (heartbeatSeconds === undefined) return;
    await this.executions.heartbeat(id, runId, awaitId, heartbeatSeconds, this.clock());
  }

  /** The task that waits on a token: its run must still be waiting on exactly that token. */
  private async waitingOn(taskToken: string): Promise<{ id: string; runId: string; awaitId: number; heartbeatSeconds?: number }> {
    const where = readTaskToken(taskToken);
    if (!where) throw new TaskTokenNotFoundError();
    const awaiting = await this.executions.awaitingToken(where.executionId, where.runId, taskToken);
    if (!awaiting) throw new TaskTimedOutError();
    return { id: where.executionId, runId: where.runId, awaitId: awaiting.id, heartbeatSeconds: awaiting.heartbeatSeconds };
  }

  private async idOf(executionArn: string): Promise<string> {
    const id = await this.executions.idOfArn(executionArn);
    if (!id) throw new ExecutionNotFoundError(executionArn);
    return id;
  }
}

/** Execution ids are derived from the ARN, so starting the same execution twice finds it. */
export function executionId(arn: string): string {
  return createHash('sha256').update(arn).digest('hex').slice(0, 32);
}

/** Whether an execution was started from that state machine, version or alias ARN (each names it differently). */
function startedFrom(e: ExecutionRecord, arn: string): boolean {
  return e.stateMachineArn === arn || e.stateMachineVersionArn === arn || e.stateMachineAliasArn === arn;
}

/** The jobs that set an execution going: its start, and its own TimeoutSeconds as a timer. */
function startJobs(e: ExecutionRecord, now: number) {
  const root = { executionId: e.id, runId: ROOT_RUN_ID };
  const jobs = [transition(transitionJobIds.start(root), { ...root, events: [{ type: 'Start' }] })];
  const timeout = e.definition.TimeoutSeconds;
  if (timeout !== undefined) {
    const events = [{ type: 'ExecutionTimedOut' as const }];
    jobs.push(transition(transitionJobIds.executionTimeout(root), { ...root, events }, e.startDate + timeout * 1000 - now));
  }
  return jobs;
}
