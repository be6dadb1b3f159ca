import type { Awaiting, HistoryEvent, Json } from '@lib/asl';
import { heartbeatTtlMs } from '@lib/contracts';
import type { Keys } from './keys';
import { EventIdSplicer } from './event-id-splicing';
import { LuaCode } from './lua/codes';
import type { ScriptedRedis } from './scripts';
import { parseRunRecord, payloadsField, runRecordJson, samePayloadsApart, type StoredRunJson } from './run-record-json';
import { LOADED_FIELDS, ROOT_RUN_ID, type ExecutionRecord, type ExecutionStatusValue, type RunRecord } from './execution-record';

/** The wait of a Task state. */
type TaskAwaiting = Extract<Awaiting, { kind: 'task' }>;

/** What one commit writes. */
export interface TransitionCommit {
  readonly executionId: string;
  readonly jobId: string;
  readonly runId: string;
  /** The run's version and the event count as they were read. */
  readonly runVersion: number;
  readonly eventCount: number;
  readonly run: RunRecord;
  /** The run finished and reported to its parent: its record is no longer needed. */
  readonly deleteRun?: boolean;
  readonly children: Readonly<Record<string, RunRecord>>;
  readonly events: readonly HistoryEvent[];
  /** Execution fields that change: its end, or its restart by a redrive (an empty string deletes a field). */
  readonly fields?: Readonly<Record<string, string>>;
  /** The fan-out results hash this commit writes to (a finished child) or drops (its parent). */
  readonly resultsKey: string;
  /** Outputs by child index to store in the results hash: a finished child's, or those a redriven fan-out carries over. */
  readonly results?: Readonly<Record<string, string>>;
  readonly dropResults?: boolean;
  /** The inbox this commit leaves a completion in (a finished child) or drains (its parent). */
  readonly inboxKey: string;
  /** A finished child's completion event (JSON) under its field, and the drain job that opens the inbox. */
  readonly completion?: { readonly field: string; readonly value: string; readonly drain: string };
  /** The inbox fields this drain applied, and the next drain job should others remain. */
  readonly consumed?: { readonly fields: readonly string[]; readonly followUp: string };
  /** The run as read, whose payloads may be stored apart already. */
  readonly read?: RunRecord;
  /** The jobs to send after the commit, serialised; stored for replays. */
  readonly jobs: string;
  /** An execution's end, published on its channel by the commit itself. */
  readonly ended?: { readonly channel: string; readonly status: string };
}

/** A commit's outcome: the jobs to send (those stored when it was applied before), or a conflict. */
export type CommitOutcome = CommittedTransition | { readonly kind: 'replayed'; readonly jobs: string } | ConflictingTransition;

/** A commit that wrote: the jobs to send, the event count its events were numbered from, and the stored records' sizes. */
export interface CommittedTransition {
  readonly kind: 'committed';
  readonly jobs: string;
  readonly eventCount: number;
  /** Length of the JSON of the run (0 when deleted) and of each new child run, as sent (event ids aside, as stored). */
  readonly bytes: { readonly run: number; readonly children: Readonly<Record<string, number>> };
  /** The run's payloads are now stored apart from its record. */
  readonly payloadsApart: boolean;
}

/** A commit refused because the run (or the event count) moved: what it found instead, when it can be decoded here. */
export interface ConflictingTransition {
  readonly kind: 'conflict';
  readonly current?: LoadedTransition;
}

/** What a transition reads: its execution, its run, the jobs it produced if applied before, and its run's inbox when it drains. */
export interface LoadedTransition {
  readonly execution?: ExecutionRecord;
  readonly run?: RunRecord;
  readonly applied?: string;
  /** Inbox field → completion event JSON. */
  readonly inbox?: Record<string, string>;
}

/** Executions, runs and histories in Redis; the only caller of the scripts. */
export class ExecutionRepository {
  /** Definitions and inputs by execution id, oldest first: they never change, so no replica needs to see a change. */
  private readonly immutable = new Map<string, Immutable>();

  constructor(
    private readonly redis: ScriptedRedis,
    readonly keys: Keys,
  ) {}

  /** Stores a new execution and its root run; false when the ARN is taken (with the existing id). */
  async create(execution: ExecutionRecord, root: RunRecord): Promise<{ created: true } | { created: false; existingId: string }> {
    const k = this.keys;
    const [code, existing] = (await this.redis.createExecution(
      k.execution(execution.id),
      k.runs(execution.id),
      k.byArn(),
      k.startedAt(),
      ...startedFromKeys(k, execution),
      JSON.stringify({ id: execution.id, arn: execution.arn, fields: encode(execution), rootRun: runRecordJson(root), startedAt: execution.startDate }),
    )) as [number, string?];
    if (code === LuaCode.Exists) return { created: false, existingId: existing as string };
    this.rememberImmutable(execution.id, { definition: execution.definition, input: execution.input });
    return { created: true };
  }

  /**
   * The execution (without its output), one of its runs, and the jobs a transition job already
   * produced, in one round trip. An execution's definition and input never change, so they are
   * read and parsed once per process.
   */
  async load(id: string, runId: string, jobId: string, withInbox = false): Promise<LoadedTransition> {
    const k = this.keys;
    const cached = this.immutable.get(id);
    const fields = cached ? LOADED_FIELDS : [...LOADED_FIELDS, ...IMMUTABLE_FIELDS];
    const multi = this.redis.multi().hmget(k.execution(id), ...fields).hmget(k.runs(id), runId, payloadsField(runId)).hget(k.applied(id), jobId);
    if (withInbox) multi.hgetall(k.inbox(id, runId));
    const results = await multi.exec();
    const [values, [run, payloads], applied, inbox] = (results ?? []).map(([, value]) => value) as [
      (string | null)[],
      [string | null, string | null],
      string | null,
      Record<string, string> | undefined,
    ];
    return { ...this.loaded(id, fields, values, run, payloads), applied: applied ?? undefined, inbox };
  }

  /** What a drain reads besides its run: the jobs it produced if applied before, and the run's inbox. */
  async inbox(id: string, runId: string, jobId: string): Promise<Pick<LoadedTransition, 'applied' | 'inbox'>> {
    const results = await this.redis.multi().hget(this.keys.applied(id), jobId).hgetall(this.keys.inbox(id, runId)).exec();
    const [applied, inbox] = (results ?? []).map(([, value]) => value) as [string | null, Record<string, string>];
    return { applied: applied ?? undefined, inbox };
  }

  /** The execution and run of a load, from the execution's `fields` (their `values`) and the run's JSON. */
  private loaded(id: string, fields: readonly string[], values: (string | null)[] | null, run: string | null, payloads: string | null): LoadedTransition {
    if (!values || values[0] === null) return {};
    const record: Record<string, string> = {};
    fields.forEach((field, i) => values[i] !== null && (record[field] = values[i] as string));
    const immutable = this.immutable.get(id) ?? this.remember(id, record);
    return { execution: decode(record, immutable), run: run ? parseRunRecord(run, payloads) : undefined };
  }

  /** Drops completions a run will never apply (it has ended), so the next child opens the inbox again. */
  async discardInbox(id: string, runId: string, fields: readonly string[]): Promise<void> {
    if (fields.length > 0) await this.redis.hdel(this.keys.inbox(id, runId), ...fields);
  }

  private remember(id: string, record: Record<string, string>): Immutable {
    return this.rememberImmutable(id, { definition: JSON.parse(record.definition), input: JSON.parse(record.input) } as Immutable);
  }

  private rememberImmutable(id: string, immutable: Immutable): Immutable {
    if (this.immutable.size >= IMMUTABLE_CACHE_SIZE) this.immutable.delete(this.immutable.keys().next().value as string);
    this.immutable.set(id, immutable);
    return immutable;
  }

  async get(id: string): Promise<ExecutionRecord | undefined> {
    return (await this.getMany([id]))[0];
  }

  /** Several executions in one round trip, in the order asked; undefined for those that do not exist. */
  async getMany(ids: readonly string[]): Promise<(ExecutionRecord | undefined)[]> {
    if (ids.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hgetall(this.keys.execution(id));
    const results = (await pipeline.exec()) ?? [];
    return results.map(([, fields]) => (fields && Object.keys(fields).length > 0 ? decode(fields as Record<string, string>) : undefined));
  }

  async idOfArn(arn: string): Promise<string | undefined> {
    return (await this.redis.hget(this.keys.byArn(), arn)) ?? undefined;
  }

  async commit(c: TransitionCommit): Promise<CommitOutcome> {
    const k = this.keys;
    const id = c.executionId;
    const ids = new EventIdSplicer(c.eventCount);
    // A record whose payloads are those its field holds leaves them out of the commit, unwritten and unscanned.
    const run = ids.record(c.run, { apart: true, stored: c.read !== undefined && samePayloadsApart(c.read, c.run) });
    const children = Object.fromEntries(Object.entries(c.children).map(([runId, r]) => [runId, ids.record(r).json]));
    const events = ids.events(c.events);
    const reply = (await this.redis.commitTransition(
      k.execution(id),
      k.runs(id),
      k.history(id),
      k.applied(id),
      c.resultsKey,
      c.inboxKey,
      JSON.stringify({
        jobId: c.jobId,
        runId: c.runId,
        runVersion: c.runVersion,
        eventCount: c.eventCount,
        exactIds: EventIdSplicer.quotesEventIds(run.json, run.payloads ?? '', ...events.map((e) => e.body)),
        nonce: ids.nonce,
        deleteRun: c.deleteRun === true,
        events,
        fields: c.fields ?? {},
        results: c.results,
        dropResults: c.dropResults === true,
        completion: c.completion,
        consumed: c.consumed?.fields,
        followUp: c.consumed?.followUp,
        ended: c.ended,
      }),
      // Records travel as arguments of their own: inside the JSON above they would be escaped here and unescaped in Lua.
      run.json,
      c.jobs,
      payloadsChange(c, run),
      ...Object.entries(children).flat(),
    )) as [number, ...unknown[]];
    const code = reply[0];
    if (code === LuaCode.AlreadyApplied) return { kind: 'replayed', jobs: reply[1] as string };
    if (code === LuaCode.Conflict) {
      const [, current, payloads, values] = reply as [number, string | null, string | null, (string | null)[]];
      return { kind: 'conflict', current: this.immutable.has(id) ? this.loaded(id, LOADED_FIELDS, values, current, payloads) : undefined };
    }
    const bytes = { run: c.deleteRun ? 0 : run.bytes, children: Object.fromEntries(Object.entries(children).map(([runId, json]) => [runId, json.length])) };
    return { kind: 'committed', jobs: reply[1] as string, eventCount: reply[2] as number, bytes, payloadsApart: run.apart };
  }

  /** The results of a fan-out, by child index; children with no stored result are null. */
  async results(id: string, parentRunId: string, awaitId: number, total: number): Promise<Json[]> {
    const stored = await this.storedResults(id, parentRunId, awaitId);
    const results: Json[] = new Array(total).fill(null);
    for (const [index, json] of Object.entries(stored)) results[Number(index)] = JSON.parse(json) as Json;
    return results;
  }

  /** A fan-out's stored results as JSON text by child index: those of the children that succeeded. */
  storedResults(id: string, parentRunId: string, awaitId: number): Promise<Record<string, string>> {
    return this.redis.hgetall(this.keys.results(id, parentRunId, awaitId));
  }

  async dropResults(id: string, parentRunId: string, awaitId: number): Promise<void> {
    await this.redis.del(this.keys.results(id, parentRunId, awaitId));
  }

  /** History events in id order, from index `start` to `end` inclusive (Redis list indexes). */
  async history(id: string, start = 0, end = -1): Promise<HistoryEvent[]> {
    const items = await this.redis.lrange(this.keys.history(id), start, end);
    return items.map((item) => JSON.parse(item) as HistoryEvent);
  }

  /** Execution ids, newest first: all, or those started from a state machine, version or alias ARN. */
  async listIds(offset: number, count: number, startedFrom?: string): Promise<string[]> {
    const key = startedFrom === undefined ? this.keys.startedAt() : this.keys.startedFrom(startedFrom);
    return this.redis.zrevrange(key, offset, offset + count - 1);
  }

  /** Whether executions started from that ARN are indexed (those started before the index existed are not). */
  async indexesStartedFrom(arn: string): Promise<boolean> {
    return (await this.redis.exists(this.keys.startedFrom(arn))) === 1;
  }

  /** The wait of a run that waits on exactly this task token; undefined once it no longer does. */
  async awaitingToken(id: string, runId: string, taskToken: string): Promise<TaskAwaiting | undefined> {
    const awaiting = (await this.run(id, runId))?.snapshot.state?.awaiting;
    return awaiting?.kind === 'task' && awaiting.taskToken === taskToken ? awaiting : undefined;
  }

  /** Marks a task attempt alive now, for the heartbeat check: its key, kept a few heartbeat periods. */
  async heartbeat(id: string, runId: string, awaitId: number, heartbeatSeconds: number, at: number): Promise<void> {
    await this.redis.set(this.keys.heartbeat(id, runId, awaitId), String(at), 'PX', heartbeatTtlMs(heartbeatSeconds));
  }

  async run(id: string, runId: string = ROOT_RUN_ID): Promise<RunRecord | undefined> {
    const [run, payloads] = await this.redis.hmget(this.keys.runs(id), runId, payloadsField(runId));
    return run ? parseRunRecord(run, payloads) : undefined;
  }
}

/** Execution fields as Redis hash strings: JSON for values, plain for strings and numbers. */
export function encode(record: Partial<ExecutionRecord>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    fields[key] = JSON_FIELDS.has(key) ? JSON.stringify(value) : String(value);
  }
  return fields;
}

type Immutable = Pick<ExecutionRecord, 'definition' | 'input'>;

/** Executions whose definition and input one process keeps parsed. */
const IMMUTABLE_CACHE_SIZE = 10_000;

const IMMUTABLE_FIELDS = ['definition', 'input'];

function decode(fields: Record<string, string>, immutable?: Immutable): ExecutionRecord {
  const json = (key: string): Json | undefined => (fields[key] === undefined ? undefined : (JSON.parse(fields[key]) as Json));
  return {
    id: fields.id,
    arn: fields.arn,
    name: fields.name,
    stateMachineArn: fields.stateMachineArn,
    stateMachineName: fields.stateMachineName,
    ...(fields.stateMachineVersionArn !== undefined && { stateMachineVersionArn: fields.stateMachineVersionArn }),
    ...(fields.stateMachineAliasArn !== undefined && { stateMachineAliasArn: fields.stateMachineAliasArn }),
    roleArn: fields.roleArn,
    region: fields.region,
    accountId: fields.accountId,
    type: fields.type as ExecutionRecord['type'],
    definition: immutable?.definition ?? (json('definition') as unknown as ExecutionRecord['definition']),
    input: immutable ? immutable.input : (json('input') as Json),
    startDate: Number(fields.startDate),
    redriveCount: Number(fields.redriveCount ?? 0),
    status: fields.status as ExecutionStatusValue,
    output: json('output'),
    error: json('error') as string | null | undefined,
    cause: json('cause') as string | null | undefined,
    stopDate: fields.stopDate === undefined ? undefined : Number(fields.stopDate),
    redriveDate: fields.redriveDate === undefined ? undefined : Number(fields.redriveDate),
    parent: json('parent') as unknown as ExecutionRecord['parent'],
    eventCount: Number(fields.eventCount ?? 0),
  };
}

const JSON_FIELDS: ReadonlySet<string> = new Set(['definition', 'input', 'output', 'error', 'cause', 'parent']);

/** What the commit does with the run's payloads field: '' leaves it, '-' deletes it, else the payloads to write. */
function payloadsChange(c: TransitionCommit, run: StoredRunJson): string {
  if (c.deleteRun) return '';
  if (run.payloads !== undefined) return run.payloads;
  return !run.apart && c.read?.payloadsApart ? '-' : '';
}

/** The indexes an execution is listed in by where it was started from: its state machine, version and alias (three keys, repeated). */
function startedFromKeys(k: Keys, e: ExecutionRecord): [string, string, string] {
  const machine = k.startedFrom(e.stateMachineArn);
  return [machine, e.stateMachineVersionArn ? k.startedFrom(e.stateMachineVersionArn) : machine, e.stateMachineAliasArn ? k.startedFrom(e.stateMachineAliasArn) : machine];
}
