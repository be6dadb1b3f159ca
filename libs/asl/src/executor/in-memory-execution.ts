import type { StateMachineDefinition } from '../definition/state-machine.definition';
import type { Command } from '../runtime/command';
import type { HistoryEvent } from '../runtime/history-event';
import { newRun } from '../runtime/new-run';
import type { RunSnapshot } from '../runtime/snapshot';
import { DEFAULT_MAX_PAYLOAD_BYTES, type ExecutionInfo, type StepContext } from '../runtime/step-context';
import type { StepEvent } from '../runtime/step-event';
import { step } from '../runtime/step';
import { isPromise } from '../runtime/maybe-promise';
import type { StepResult } from '../runtime/transition';
import type { Clock } from './clock';
import type { ExecuteOptions, ExecutionResult } from './executor.types';
import { TaskRunner } from './task-runner';
import { TimerQueue } from './timer-queue';
import { defaultRoleArn } from '../runtime/default-role-arn';

/** A run inside the execution: the execution itself (id 0) or a Parallel branch / Map iteration. */
interface RunRecord {
  snapshot: RunSnapshot;
  readonly parent?: { readonly runId: number; readonly awaitId: number; readonly index: number };
}

/** AWS's history limit. */
export const DEFAULT_MAX_HISTORY_EVENTS = 25_000;

/**
 * One execution driven in memory: it feeds events to `step` one at a time, carries out the
 * commands (tasks through handlers, timers on the clock, children as runs of their own) and
 * collects the history. Under a virtual clock, time jumps to the next timer only when no handler
 * is busy, so Wait states and backoff cost nothing and results do not depend on speed.
 */
export class InMemoryExecution {
  readonly history: HistoryEvent[] = [];
  readonly timers = new TimerQueue();
  private readonly runs = new Map<number, RunRecord>();
  private readonly queue: { runId: number; event: StepEvent | StepEvent[] }[] = [];
  private queueHead = 0;
  private nextRunId = 1;
  private eventId = 0;
  private wakeUp?: () => void;
  private readonly maxHistoryEvents: number;
  private overLimit = false;
  private stepContext?: { -readonly [K in keyof StepContext]: StepContext[K] };
  readonly tasks: TaskRunner;
  readonly info: ExecutionInfo;

  constructor(
    private readonly definition: StateMachineDefinition,
    private readonly options: ExecuteOptions,
    readonly clock: Clock,
  ) {
    const identity = options.identity ?? {};
    const region = identity.region ?? 'us-east-1';
    const accountId = identity.accountId ?? '123456789012';
    const stateMachineName = identity.stateMachineName ?? 'StateMachine';
    const name = identity.name ?? 'execution';
    this.info = {
      executionArn: identity.executionArn ?? `arn:aws:states:${region}:${accountId}:execution:${stateMachineName}:${name}`,
      name,
      input: options.input,
      startTime: clock.now(),
      roleArn: identity.roleArn ?? defaultRoleArn(accountId),
      stateMachineArn: identity.stateMachineArn ?? `arn:aws:states:${region}:${accountId}:stateMachine:${stateMachineName}`,
      stateMachineName,
      ...(!options.synchronous && { redriveCount: 0 }),
      region,
      accountId,
      type: options.type ?? 'STANDARD',
    };
    this.tasks = new TaskRunner(this, options.handlers, options.defaultHandler);
    this.maxHistoryEvents = options.limits?.maxHistoryEvents ?? DEFAULT_MAX_HISTORY_EVENTS;
    this.runs.set(0, { snapshot: newRun({ input: options.input }) });
  }

  /** Queues an event (or events to apply together) for a run and wakes the loop. */
  deliver(runId: number, event: StepEvent | StepEvent[]): void {
    this.queue.push({ runId, event });
    this.wake();
  }

  wake(): void {
    const wake = this.wakeUp;
    this.wakeUp = undefined;
    wake?.();
  }

  async run(): Promise<ExecutionResult> {
    const startDate = this.info.startTime;
    this.deliver(0, { type: 'Start' });
    if (this.definition.TimeoutSeconds !== undefined) {
      this.timers.add(startDate + this.definition.TimeoutSeconds * 1000, () => this.deliver(0, { type: 'ExecutionTimedOut' }));
    }
    const root = this.runs.get(0)!;
    while (root.snapshot.status === 'RUNNING') {
      if (this.queueHead < this.queue.length) {
        const { runId, event } = this.queue[this.queueHead++];
        if (this.queueHead === this.queue.length) this.queue.length = this.queueHead = 0;
        const pending = this.apply(runId, event);
        if (pending) await pending;
      } else {
        await this.idle();
      }
    }
    this.tasks.cancelAll();
    const { status, output, error, cause } = root.snapshot;
    return {
      status: status as ExecutionResult['status'],
      ...(status === 'SUCCEEDED' ? { output } : { error, cause }),
      startDate,
      stopDate: this.clock.now(),
      history: this.history,
    };
  }

  /** Nothing queued: wait for a handler, or move time to the next timer. */
  private async idle(): Promise<void> {
    const woken = new Promise<void>((resolve) => (this.wakeUp = resolve));
    const dueAt = this.timers.peekDueAt();
    if (dueAt === undefined || (this.clock.virtual && this.tasks.busy > 0)) return woken;
    await Promise.race([woken, this.clock.waitUntil(dueAt)]);
    this.wakeUp = undefined;
    while ((this.timers.peekDueAt() ?? Infinity) <= this.clock.now()) this.timers.pop()!();
  }

  private apply(runId: number, event: StepEvent | StepEvent[]): Promise<void> | undefined {
    const record = this.runs.get(runId);
    if (!record) return;
    const result = step(this.definition, record.snapshot, event, this.context());
    if (isPromise(result)) return result.then((r) => this.record(runId, record, r));
    this.record(runId, record, result);
  }

  /** Takes in a step's outcome: its history, its commands, and a finished child's report to its parent. */
  private record(runId: number, record: RunRecord, result: StepResult): void {
    record.snapshot = result.snapshot;
    for (const e of result.events) this.history.push(e);
    if (this.history.length > this.maxHistoryEvents && !this.overLimit) {
      this.overLimit = true;
      this.deliver(0, { type: 'Terminate', error: 'States.Runtime', cause: `The execution reached the limit of ${this.maxHistoryEvents} history events.` });
    }
    for (const command of result.commands) this.carryOut(runId, command);
    const { status } = record.snapshot;
    if (status !== 'RUNNING' && record.parent) {
      this.runs.delete(runId);
      const { runId: parentId, awaitId, index } = record.parent;
      const s = record.snapshot;
      this.deliver(parentId, { type: 'ChildCompleted', awaitId, index, status, output: s.output, error: s.error, cause: s.cause });
    }
  }

  private carryOut(runId: number, command: Command): void {
    switch (command.kind) {
      case 'RunTask':
        return this.tasks.start(runId, command);
      case 'CancelTask':
        return this.tasks.cancel(runId, command.awaitId);
      case 'StartTimer':
        return this.timers.add(command.dueAt, () => this.deliver(runId, { type: 'TimerFired', awaitId: command.awaitId }));
      case 'StartChild': {
        const childId = this.nextRunId++;
        this.runs.set(childId, { snapshot: command.child, parent: { runId, awaitId: command.awaitId, index: command.index } });
        return this.deliver(childId, { type: 'Start' });
      }
      case 'StopChildren':
        for (const [id, record] of this.runs) {
          if (record.parent?.runId === runId && record.parent.awaitId === command.awaitId) this.deliver(id, { type: 'Stop' });
        }
    }
  }

  /** One StepContext for the whole execution; only its time moves between steps. */
  private context(): StepContext {
    const context = (this.stepContext ??= {
      now: 0,
      execution: this.info,
      entropy: this.options.entropy,
      nextEventId: () => ++this.eventId,
      maxPayloadBytes: this.options.limits?.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES,
      maxChildConcurrency: Number.POSITIVE_INFINITY,
    });
    context.now = this.clock.now();
    return context;
  }

}
