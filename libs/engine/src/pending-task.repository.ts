import type { HistoryEvent, StateMachineDefinition } from '@lib/asl';
import type { Redis } from 'ioredis';
import { isPayloadsField, parseRunRecord, payloadsField } from './run-record-json';
import type { Keys } from './keys';
import { awaitedTask, isScheduledEvent, pendingTask, type AwaitedTask, type PendingTask } from './pending-task';

/** Where a listing of callback tasks continues: the execution's position (newest first) and the tasks of it already listed. */
export interface CallbackPosition {
  readonly offset: number;
  readonly skip: number;
}

/** Execution ids whose status is read per round trip while looking for callback tasks. */
const SCAN_BATCH = 200;

/**
 * Most events read back from a run's latest event to its attempt's Scheduled event: a waiting
 * task's run has written at most TaskStarted since.
 */
const MAX_EVENTS_BACK = 3;

/** Marks a run record that can hold a task token, so the others are not parsed. */
const TOKEN_MARK = '"taskToken"';

/**
 * Reads the Task attempts executions wait on: one execution's (for the console's view of its
 * running tasks and their jobs) or, across running executions, those waiting on a task token
 * (`.waitForTaskToken` callbacks and activity tasks: the console's inbox).
 */
export class PendingTaskRepository {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  /** Every task attempt a running execution waits on; none once it has ended or when there is no such execution. */
  async ofExecution(executionId: string): Promise<PendingTask[]> {
    if ((await this.redis.hget(this.keys.execution(executionId), 'status')) !== 'RUNNING') return [];
    const runs = await this.redis.hgetall(this.keys.runs(executionId));
    return this.describe(executionId, awaitedTasks(runs, () => true));
  }

  /**
   * The tasks of running executions that wait on a task token, newest execution first, at most
   * `limit`; `next` says where the following page starts when this one is full.
   */
  async awaitingCallbacks(from: CallbackPosition, limit: number): Promise<{ tasks: PendingTask[]; next?: CallbackPosition }> {
    const tasks: PendingTask[] = [];
    let { offset, skip } = from;
    for (;;) {
      const ids = await this.redis.zrevrange(this.keys.startedAt(), offset, offset + SCAN_BATCH - 1);
      if (ids.length === 0) return { tasks };
      const runsById = await this.runsOfRunning(ids);
      for (const [i, id] of ids.entries()) {
        const runs = runsById.get(id);
        const waiting = runs ? awaitedTasks(runs, (json) => json.includes(TOKEN_MARK)).filter((t) => t.awaiting.taskToken !== undefined) : [];
        const rest = (await this.describe(id, waiting.slice(skip))).slice(0, limit - tasks.length);
        tasks.push(...rest);
        if (tasks.length === limit) {
          const more = waiting.length - skip > rest.length;
          return { tasks, next: more ? { offset: offset + i, skip: skip + rest.length } : { offset: offset + i + 1, skip: 0 } };
        }
        skip = 0;
      }
      offset += ids.length;
    }
  }

  /** The runs of those executions that are running, by execution id. */
  private async runsOfRunning(ids: readonly string[]): Promise<Map<string, Record<string, string>>> {
    const statuses = await Promise.all(ids.map((id) => this.redis.hget(this.keys.execution(id), 'status')));
    const running = ids.filter((_, i) => statuses[i] === 'RUNNING');
    const runs = await Promise.all(running.map((id) => this.redis.hgetall(this.keys.runs(id))));
    return new Map(running.map((id, i) => [id, runs[i]]));
  }

  private async describe(executionId: string, tasks: readonly AwaitedTask[]): Promise<PendingTask[]> {
    if (tasks.length === 0) return [];
    const [arn, stateMachineArn, definition] = await this.redis.hmget(this.keys.execution(executionId), 'arn', 'stateMachineArn', 'definition');
    if (arn === null || stateMachineArn === null || definition === null) return [];
    const execution = { id: executionId, arn, stateMachineArn, definition: JSON.parse(definition) as StateMachineDefinition };
    const scheduled = await Promise.all(tasks.map((task) => this.scheduledEvent(executionId, task)));
    return tasks.map((task, i) => pendingTask(execution, task, scheduled[i]));
  }

  /** The attempt's Scheduled event, found by walking back from the run's latest event. */
  private async scheduledEvent(executionId: string, task: AwaitedTask): Promise<HistoryEvent | undefined> {
    let id = task.run.snapshot.lastEventId;
    for (let step = 0; step < MAX_EVENTS_BACK && id >= task.state.enteredEventId; step++) {
      const json = await this.redis.lindex(this.keys.history(executionId), id - 1);
      if (json === null) return undefined;
      const event = JSON.parse(json) as HistoryEvent;
      if (isScheduledEvent(event)) return event;
      id = event.previousEventId;
    }
    return undefined;
  }
}

/** The runs (the runs hash as stored) that wait on a task, in run id order; `mayWait` skips runs without parsing them. */
function awaitedTasks(runs: Readonly<Record<string, string>>, mayWait: (json: string) => boolean): AwaitedTask[] {
  return Object.keys(runs)
    .filter((field) => !isPayloadsField(field))
    .sort()
    .filter((runId) => mayWait(runs[runId]))
    .map((runId) => awaitedTask(runId, parseRunRecord(runs[runId], runs[payloadsField(runId)])))
    .filter((task) => task !== undefined);
}
