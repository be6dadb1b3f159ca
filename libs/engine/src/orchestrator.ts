import {
  step,
  type Command,
  type Entropy,
  type ExecutionInfo,
  type StepContext,
  type StepEvent,
  type StepResult,
} from '@lib/asl';
import { TASK_CANCELLATION_CHANNEL, jobIds, type TransitionJob } from '@lib/contracts';
import type { HandlerRegistry } from './handler-registry';
import type { Redis } from 'ioredis';
import { ROOT_RUN_ID, withoutResults, type ExecutionRecord, type RunRecord } from './execution-record';
import { startChildrenInline, type EventIds } from './child-start';
import { encode, type CommittedTransition, type ExecutionRepository, type LoadedTransition } from './execution.repository';
import { withFinalIds } from './event-id-splicing';
import type { RunCache } from './run-cache';
import type { JobRepository } from './job.repository';
import type { OutgoingJob } from './outgoing-job';
import { planJobs, transition } from './plan-jobs';
import { carriedResults, completesFanOut, inboxUse, left, resultStorage, waitingCompletions } from './fan-in';
import { newTaskToken } from './task-token';
import type { TransitionObserver } from './transition-observer';
import { transitionJobIds } from './transition-job-ids';

/** Settings of the orchestrator role. */
export interface OrchestratorSettings {
  /** Largest payload in bytes (AWS: 256 KiB). */
  readonly maxPayloadBytes: number;
  /** Most children of one Map or Parallel running at once, whatever the definition allows. */
  readonly maxChildConcurrency: number;
  /** History events one execution may have (AWS: 25,000). */
  readonly maxHistoryEvents: number;
  /** Told of each committed transition (metrics). */
  readonly observer?: TransitionObserver;
}

/** How many times a transition is re-read and re-stepped when another commit got in first. */
export const MAX_COMMIT_ATTEMPTS = 50;

/**
 * The coordinator's work: applies a transition job to its run with the interpreter's `step`,
 * commits the outcome atomically, then sends the jobs it produced. A job applied before (a replay
 * after a crash) re-sends the stored jobs and changes nothing. What it keeps between jobs (the
 * runs it committed last) only saves reads: the commit checks it.
 */
export class Orchestrator {
  constructor(
    private readonly executions: ExecutionRepository,
    private readonly jobs: JobRepository,
    private readonly redis: Redis,
    private readonly handlers: HandlerRegistry,
    private readonly entropy: Entropy,
    private readonly settings: OrchestratorSettings,
    private readonly cache: RunCache,
    private readonly clock: () => number = Date.now,
  ) {}

  async process(job: TransitionJob, jobId: string): Promise<void> {
    if (job.checkHeartbeat !== undefined && (await this.heartbeatAlive(job))) return;
    let known = await this.cached(job, jobId);
    for (let attempt = 0; attempt < MAX_COMMIT_ATTEMPTS; attempt++) {
      const loaded = known ?? (await this.executions.load(job.executionId, job.runId, jobId, job.drain === true));
      known = undefined;
      const { execution, run, applied } = loaded;
      if (applied !== undefined) return this.jobs.send(JSON.parse(applied) as OutgoingJob[]);
      const inbox = job.drain ? waitingCompletions(loaded.inbox) : undefined;
      if (inbox?.fields.length === 0) return;
      const redrive = job.events[0]?.type === 'Redrive';
      if (!execution || !run || (run.snapshot.status !== 'RUNNING' && !redrive)) {
        if (inbox) await this.executions.discardInbox(job.executionId, job.runId, inbox.fields);
        return this.noteLateResult(job, run);
      }
      if (lateTaskResult(job, run)) return this.noteLateResult(job, run);
      let events = inbox?.events ?? job.events;
      if (execution.eventCount >= this.settings.maxHistoryEvents) {
        if (job.runId !== ROOT_RUN_ID) return this.jobs.send([historyLimitJob(execution)]);
        events = [historyLimit(execution)];
      }
      const outcome = await this.apply(execution, job.runId, run, events, jobId, inbox?.fields);
      if (outcome.kind !== 'conflict') return;
      if (!job.drain) known = outcome.current;
    }
    throw new Error(`Transition ${jobId} kept conflicting with other commits; it will be retried`);
  }

  /**
   * The run as this coordinator last committed it, for a drain (with the inbox and the applied
   * check, read from Redis) or a job that answers the wait the run is in. Any other job reads
   * Redis: one without a wait (start, stop, a replay) could be one the run has already applied.
   */
  private async cached(job: TransitionJob, jobId: string): Promise<LoadedTransition | undefined> {
    const hit = this.cache.take(job.executionId, job.runId);
    if (!hit) return undefined;
    if (job.drain) return { ...hit, ...(await this.executions.inbox(job.executionId, job.runId, jobId)) };
    const event = job.events[0];
    const answers = event !== undefined && 'awaitId' in event && hit.run.snapshot.state?.awaiting?.id === event.awaitId;
    return answers ? hit : undefined;
  }

  /**
   * Applies the Start of an execution this process has just created, from the records it wrote
   * (no read); should anything have moved meanwhile, the start job is applied as any other.
   */
  async applyStart(execution: ExecutionRecord, root: RunRecord, jobId: string): Promise<void> {
    const outcome = await this.apply(execution, ROOT_RUN_ID, root, [{ type: 'Start' }], jobId);
    if (outcome.kind === 'conflict') await this.process({ executionId: execution.id, runId: ROOT_RUN_ID, events: [{ type: 'Start' }] }, jobId);
  }

  private async apply(
    current: ExecutionRecord,
    runId: string,
    run: RunRecord,
    events: readonly StepEvent[],
    jobId: string,
    drained?: readonly string[],
  ): Promise<{ kind: 'done' } | { kind: 'conflict'; current?: LoadedTransition }> {
    const now = this.clock();
    const restarting = run.snapshot.status !== 'RUNNING';
    const execution = restarting ? { ...current, redriveCount: current.redriveCount + 1 } : current;
    const ids: EventIds = { last: execution.eventCount };
    const info = executionInfo(execution);
    const contextOf = (stepped: string): StepContext => ({
      now,
      execution: info,
      entropy: this.entropy,
      nextEventId: () => ++ids.last,
      newTaskToken: () => newTaskToken(execution.id, stepped),
      activityExists: (arn) => this.handlers.activityExists(arn),
      maxPayloadBytes: this.settings.maxPayloadBytes,
      maxChildConcurrency: this.settings.maxChildConcurrency,
    });
    const fanOut = run.snapshot.state?.fanOut;
    const awaitId = run.snapshot.state?.awaiting?.id;
    const consumed = fanOut && awaitId !== undefined && completesFanOut(fanOut, awaitId, events) ? awaitId : undefined;
    if (fanOut && consumed !== undefined) fanOut.results = await this.executions.results(execution.id, runId, consumed, fanOut.total);
    const redriven = restarting ? run.snapshot.redriveFrom?.fanOut : undefined;
    const stored = redriven ? await this.executions.storedResults(execution.id, runId, redriven.awaitId) : {};
    const result = await step(execution.definition, run.snapshot, events, contextOf(runId));
    const carried = carriedResults(redriven, result.snapshot, stored);
    const children = await startChildrenInline(execution.definition, runId, result.commands, ids, contextOf);
    const unserved = await this.unservedHandlers([result, ...children.values()]);
    const plan = planJobs(execution, runId, run, result, now, this.executions.keys, children, unserved);
    const written = [...result.events, ...[...children.values()].flatMap((child) => child.events)];
    const finished = result.snapshot.status !== 'RUNNING';
    const root = runId === ROOT_RUN_ID;
    const jobs = JSON.stringify(plan.jobs);
    const { payloadsApart: _stored, ...kept } = run;
    const committed: RunRecord = { ...kept, snapshot: withoutResults(result.snapshot), version: run.version + 1 };
    const fields = root ? executionChanges(result.snapshot, restarting, execution, now) : undefined;
    const commit = await this.executions.commit({
      executionId: execution.id,
      jobId,
      runId,
      runVersion: run.version,
      eventCount: execution.eventCount,
      run: committed,
      read: run,
      deleteRun: finished && !root,
      children: plan.children,
      events: written,
      fields,
      ...resultStorage(this.executions.keys, execution.id, runId, run, result.snapshot, left(result.snapshot, consumed), carried),
      ...inboxUse(this.executions.keys, execution.id, runId, run, plan, drained),
      jobs,
      ended: finished && root ? { channel: this.executions.keys.endedChannel(execution.id), status: result.snapshot.status } : undefined,
    });
    if (commit.kind === 'conflict') return commit;
    // Applied before: the first application did the rest, only its jobs may not have gone out.
    if (commit.kind === 'replayed') return this.jobs.send(JSON.parse(commit.jobs) as OutgoingJob[]).then(() => ({ kind: 'done' }));
    this.settings.observer?.transitionCommitted(execution, written);
    // An execution that ends or restarts changes fields of its record the cache would not see.
    if (!fields) this.remember(execution, runId, finished ? undefined : committed, plan.children, commit, written.length);
    if (carried) await this.executions.dropResults(execution.id, runId, carried.fromAwaitId);
    // The script may have added a drain job.
    await this.jobs.send(commit.jobs === jobs ? plan.jobs : (JSON.parse(commit.jobs) as OutgoingJob[]));
    await this.cancelTasks(execution.id, runId, result.commands);
    return { kind: 'done' };
  }

  /** Keeps what a commit stored of the run (unless it ended) and of the children it started, for their next transitions. */
  private remember(
    execution: ExecutionRecord,
    runId: string,
    run: RunRecord | undefined,
    children: Readonly<Record<string, RunRecord>>,
    commit: CommittedTransition,
    written: number,
  ): void {
    const after: ExecutionRecord = { ...execution, eventCount: commit.eventCount + written };
    const final = (record: RunRecord) => withFinalIds(record, execution.eventCount, commit.eventCount);
    if (run) this.cache.remember(runId, { execution: after, run: { ...final(run), ...(commit.payloadsApart && { payloadsApart: true }) } }, commit.bytes.run);
    for (const [childId, child] of Object.entries(children)) {
      this.cache.remember(childId, { execution: after, run: final(child) }, commit.bytes.children[childId] ?? 0);
    }
  }

  /** The handlers of the tasks these steps start that no worker has ever served: such a task fails at once, as AWS fails a missing function. */
  private unservedHandlers(results: readonly StepResult[]): Promise<Set<string>> {
    const handlers = results.flatMap((r) => r.commands.flatMap((c) => (c.kind === 'RunTask' ? [c.handler] : [])));
    return handlers.length === 0 ? Promise.resolve(new Set()) : this.handlers.unserved(handlers);
  }

  /** A task's result that nothing waits for any more (stopped, timed out, retried) is dropped, and said so. */
  private noteLateResult(job: TransitionJob, run: RunRecord | undefined): void {
    const result = job.events.find(isTaskResult);
    if (result) this.settings.observer?.taskResultDiscarded?.({ executionId: job.executionId, runId: job.runId, awaitId: result.awaitId, status: run?.snapshot.status });
  }

  /** Tells workers to abort handlers whose results are no longer wanted. */
  private async cancelTasks(executionId: string, runId: string, commands: readonly Command[]): Promise<void> {
    for (const command of commands) {
      if (command.kind !== 'CancelTask') continue;
      await this.redis.publish(TASK_CANCELLATION_CHANNEL, jobIds.task({ executionId, runId, awaitId: command.awaitId }));
    }
  }

  /** A heartbeat timer found a recent heartbeat: it checks again one period after it. */
  private async heartbeatAlive(job: TransitionJob): Promise<boolean> {
    const event = job.events[0];
    if (event?.type !== 'TaskTimedOut') return false;
    const key = this.executions.keys.heartbeat(job.executionId, job.runId, event.awaitId);
    const last = Number((await this.redis.get(key)) ?? 0);
    const seconds = job.checkHeartbeat as number;
    const due = last + seconds * 1000;
    if (!last || due <= this.clock()) return false;
    const next = transitionJobIds.heartbeatCheck({ executionId: job.executionId, runId: job.runId, awaitId: event.awaitId }, last);
    await this.jobs.send([transition(next, job, due - this.clock())]);
    return true;
  }
}

function executionInfo(e: ExecutionRecord): ExecutionInfo {
  return {
    executionArn: e.arn,
    name: e.name,
    input: e.input,
    startTime: e.startDate,
    roleArn: e.roleArn,
    stateMachineArn: e.stateMachineArn,
    stateMachineName: e.stateMachineName,
    redriveCount: e.redriveCount,
    region: e.region,
    accountId: e.accountId,
    type: e.type,
  };
}

/** What a root step changes in the execution record: its end, or its restart by a redrive. */
function executionChanges(
  s: RunRecord['snapshot'],
  restarting: boolean,
  execution: ExecutionRecord,
  now: number,
): Record<string, string> | undefined {
  if (s.status === 'SUCCEEDED') return encode({ status: s.status, output: s.output, stopDate: now });
  if (s.status !== 'RUNNING') return encode({ status: s.status, error: s.error ?? null, cause: s.cause ?? null, stopDate: now });
  if (!restarting) return undefined;
  return { ...encode({ status: 'RUNNING', redriveCount: execution.redriveCount, redriveDate: now }), error: '', cause: '', stopDate: '' };
}

/** Ends the execution, from whichever run found the history full. */
function historyLimitJob(e: ExecutionRecord): OutgoingJob {
  const root = { executionId: e.id, runId: ROOT_RUN_ID };
  return transition(transitionJobIds.historyLimit(root), { ...root, events: [historyLimit(e)] });
}

function historyLimit(e: ExecutionRecord): StepEvent {
  return {
    type: 'Terminate',
    error: 'States.Runtime',
    cause: `The execution reached the limit of ${e.eventCount} history events.`,
  };
}

type TaskResult = Extract<StepEvent, { type: 'TaskSucceeded' | 'TaskFailed' }>;

function isTaskResult(event: StepEvent): event is TaskResult {
  return event.type === 'TaskSucceeded' || event.type === 'TaskFailed';
}

/** A task's result for a wait the run has left: `step` would ignore it. */
function lateTaskResult(job: TransitionJob, run: RunRecord): boolean {
  const result = job.events.find(isTaskResult);
  return result !== undefined && run.snapshot.state?.awaiting?.id !== result.awaitId;
}
