import type { ExecutionRecord, RunRecord } from './execution-record';

/** What one coordinator last committed for a run: the execution as it saw it, and the run's record. */
export interface CachedRun {
  readonly execution: ExecutionRecord;
  readonly run: RunRecord;
}

/** The largest record kept is this fraction of the cache, so that one large run does not empty it. */
const LARGEST_SHARE = 16;

/**
 * The runs this coordinator committed last, so that the next transition of a run skips its read.
 * Nothing here is trusted: the commit refuses a run whose version moved (another coordinator
 * committed it meanwhile) and hands back what it found instead. An entry is taken out when used,
 * so a transition that fails half-way leaves nothing behind. Bounded by the size of the records'
 * JSON, oldest out first.
 */
export class RunCache {
  private readonly entries = new Map<string, { readonly cached: CachedRun; readonly bytes: number }>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** The run as this coordinator committed it, removed from the cache. */
  take(executionId: string, runId: string): CachedRun | undefined {
    const key = cacheKey(executionId, runId);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.remove(key, entry.bytes);
    return entry.cached;
  }

  /** Remembers a committed run; `bytes` is the size of its stored JSON. A record over a sixteenth of the cache is not kept. */
  remember(runId: string, cached: CachedRun, bytes: number): void {
    const key = cacheKey(cached.execution.id, runId);
    const previous = this.entries.get(key);
    if (previous) this.remove(key, previous.bytes);
    if (bytes > this.maxBytes / LARGEST_SHARE) return;
    this.entries.set(key, { cached, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest, entry.bytes);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private remove(key: string, bytes: number): void {
    this.entries.delete(key);
    this.bytes -= bytes;
  }
}

function cacheKey(executionId: string, runId: string): string {
  return `${executionId}/${runId}`;
}
