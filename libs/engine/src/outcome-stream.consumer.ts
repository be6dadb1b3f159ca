import { readTaskOutcomeEntry, type TransitionJob } from '@lib/contracts';
import type { Redis } from 'ioredis';

export interface OutcomeStreamOptions {
  /** The stream workers report to (`taskOutcomeStream`). */
  readonly stream: string;
  /** The consumer group every coordinator reads it in. */
  readonly group: string;
  /** This process's name in the group. */
  readonly consumer: string;
  /** Outcomes applied at once. */
  readonly concurrency: number;
  /** How long one read waits for an outcome before looking for abandoned ones. */
  readonly blockMs: number;
  /** An entry read this long ago and not acknowledged lost its coordinator: another takes it. */
  readonly claimIdleMs: number;
  /** How long close() waits for what is in flight (@default 10 s). */
  readonly closeWaitMs?: number;
  readonly onError: (error: Error) => void;
}

/** Applies one outcome; resolves once it is committed (or found applied before). */
export type ApplyOutcome = (job: TransitionJob, id: string) => Promise<void>;

/** How long closing waits for the outcomes being applied, their acknowledgements and leaving the group. */
const DEFAULT_CLOSE_WAIT_MS = 10_000;

/** Pause after a failed read (Redis unreachable) before the next. */
const READ_RETRY_MS = 500;

/**
 * Reads task outcomes from the stream workers append to, as one member of the coordinators'
 * consumer group, many per round trip, and applies each; an entry is acknowledged and deleted
 * once applied. Entries of a coordinator that died (read, never acknowledged) are claimed by
 * another after `claimIdleMs`; applying one twice changes nothing, as for a replayed job.
 */
export class OutcomeStreamConsumer {
  private running = false;
  private readonly inFlight = new Set<string>();
  private waiting: (() => void)[] = [];
  private lastClaim = 0;
  private unacknowledged: string[] = [];
  private acknowledging: Promise<unknown> = Promise.resolve();
  private loop?: Promise<void>;

  constructor(
    /** A connection of its own: reads block it. */
    private readonly reader: Redis,
    private readonly redis: Redis,
    private readonly apply: ApplyOutcome,
    private readonly options: OutcomeStreamOptions,
    private readonly clock: () => number = Date.now,
  ) {}

  start(): void {
    this.running = true;
    this.loop = this.consume();
  }

  /**
   * Stops reading (its reading connection closes), lets the outcomes being applied finish and
   * acknowledges them, then leaves the group unless it still holds entries (another coordinator
   * claims those), so restarts do not pile up consumers. Waits at most `closeWaitMs`: with Redis
   * unreachable none of this can finish, and a shutdown must not hang on it; what is left
   * unacknowledged is claimed by another coordinator.
   */
  async close(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.reader.disconnect();
    const finished = (async () => {
      await this.loop;
      while (this.inFlight.size > 0) await this.slotFreed();
      await new Promise((resolve) => setImmediate(resolve));
      await this.acknowledging;
      await this.leaveGroup();
    })().catch((error: Error) => this.options.onError(error));
    await Promise.race([finished, new Promise((resolve) => setTimeout(resolve, this.options.closeWaitMs ?? DEFAULT_CLOSE_WAIT_MS).unref())]);
  }

  private async leaveGroup(): Promise<void> {
    const { stream, group, consumer } = this.options;
    const held = await this.redis.xpending(stream, group, '-', '+', 1, consumer);
    if (held.length === 0) await this.redis.xgroup('DELCONSUMER', stream, group, consumer);
  }

  private async consume(): Promise<void> {
    while (this.running) {
      await this.freeSlot();
      try {
        if (this.clock() - this.lastClaim >= this.options.claimIdleMs / 2) await this.claimAbandoned();
        else await this.readNew();
      } catch (error) {
        if (!this.running) return;
        await this.recover(error as Error);
      }
    }
  }

  private async readNew(): Promise<void> {
    const { group, consumer, stream, blockMs, concurrency } = this.options;
    const count = concurrency - this.inFlight.size;
    const reply = await this.reader.xreadgroup('GROUP', group, consumer, 'COUNT', count, 'BLOCK', blockMs, 'STREAMS', stream, '>');
    for (const [, entries] of (reply ?? []) as [string, [string, string[]][]][]) this.dispatch(entries);
  }

  private async claimAbandoned(): Promise<void> {
    this.lastClaim = this.clock();
    const { group, consumer, stream, claimIdleMs, concurrency } = this.options;
    const count = concurrency - this.inFlight.size;
    const reply = (await this.redis.xautoclaim(stream, group, consumer, claimIdleMs, '0-0', 'COUNT', count)) as [string, [string, string[] | null][]];
    this.dispatch(reply[1].filter(([entryId]) => !this.inFlight.has(entryId)));
  }

  private dispatch(entries: readonly [string, string[] | null][]): void {
    for (const [entryId, fields] of entries) {
      const entry = readTaskOutcomeEntry(fields);
      if (!entry) {
        this.options.onError(new Error(`outcome stream entry ${entryId} is not a task outcome (${JSON.stringify(fields)}); dropped`));
        this.acknowledge(entryId);
        continue;
      }
      this.inFlight.add(entryId);
      this.apply(entry.job, entry.id)
        .then(() => this.acknowledge(entryId))
        .catch((error: Error) => this.options.onError(new Error(`outcome ${entry.id}: ${error.message}; another attempt follows`)))
        .finally(() => {
          this.inFlight.delete(entryId);
          for (const wake of this.waiting.splice(0)) wake();
        });
    }
  }

  /** Acknowledges and deletes applied entries, those of one tick together in one round trip. */
  private acknowledge(entryId: string): void {
    if (this.unacknowledged.push(entryId) > 1) return;
    setImmediate(() => {
      const ids = this.unacknowledged;
      this.unacknowledged = [];
      const { stream, group } = this.options;
      this.acknowledging = this.redis
        .multi()
        .xack(stream, group, ...ids)
        .xdel(stream, ...ids)
        .exec()
        // Unacknowledged entries are applied again after claimIdleMs, which changes nothing.
        .catch((error: Error) => this.options.onError(error));
    });
  }

  private async freeSlot(): Promise<void> {
    while (this.inFlight.size >= this.options.concurrency) await this.slotFreed();
  }

  private slotFreed(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** After a failed read: creates the group if Redis lost it, else reports the error and pauses. Never throws. */
  private async recover(error: Error): Promise<void> {
    try {
      if (String(error.message).startsWith('NOGROUP')) return await this.createGroup();
      this.options.onError(error);
    } catch (failed) {
      this.options.onError(failed as Error);
    }
    await new Promise((resolve) => setTimeout(resolve, READ_RETRY_MS));
  }

  private async createGroup(): Promise<void> {
    try {
      await this.redis.xgroup('CREATE', this.options.stream, this.options.group, '0', 'MKSTREAM');
    } catch (error) {
      if (!String((error as Error).message).startsWith('BUSYGROUP')) throw error;
    }
  }
}
