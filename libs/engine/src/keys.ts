/**
 * The only place Redis key strings are built. Every key of one execution carries the hash tag
 * `{<executionId>}`, so an execution's keys live on one Redis Cluster slot and one Lua script can
 * touch them all.
 */
export class Keys {
  constructor(readonly prefix = DEFAULT_KEY_PREFIX) {}

  /** Hash: the execution record (status, input, output, dates, definition, version, event count). */
  execution(id: string): string {
    return `${this.prefix}:{${id}}:execution`;
  }

  /** Hash: runId → run record JSON (snapshot and parent link). */
  runs(id: string): string {
    return `${this.prefix}:{${id}}:runs`;
  }

  /** List: history events as JSON, in id order. */
  history(id: string): string {
    return `${this.prefix}:{${id}}:history`;
  }

  /** Hash: child index → output JSON, for the fan-out of `parentRunId` started under `awaitId`. */
  results(id: string, parentRunId: string, awaitId: number): string {
    return `${this.prefix}:{${id}}:results:${parentRunId}-${awaitId}`;
  }

  /** Hash: `<awaitId>:<child index>` → a finished child's completion event, waiting for the parent run's next drain. */
  inbox(id: string, runId: string): string {
    return `${this.prefix}:{${id}}:inbox:${runId}`;
  }

  /** String: the epoch ms of a task attempt's last heartbeat; workers get it in the task job (`heartbeatKey`). */
  heartbeat(id: string, runId: string, awaitId: number): string {
    return `${this.prefix}:{${id}}:heartbeat:${runId}:${awaitId}`;
  }

  /** Hash: transition job id → the jobs it produced, so a replayed job re-sends them and changes nothing. */
  applied(id: string): string {
    return `${this.prefix}:{${id}}:applied`;
  }

  /** Hash: execution ARN → execution id. */
  byArn(): string {
    return `${this.prefix}:execution-ids`;
  }

  /** Sorted set: execution ids by start time, for listing. */
  startedAt(): string {
    return `${this.prefix}:executions-by-start`;
  }

  /** Sorted set: ids of the executions started from a state machine, version or alias ARN, by start time. */
  startedFrom(arn: string): string {
    return `${this.prefix}:executions-by-start:${arn}`;
  }

  /** Hash: activity ARN → its record as JSON. */
  activities(): string {
    return `${this.prefix}:activities`;
  }

  /** Hash: state machine ARN → its record as JSON. */
  stateMachines(): string {
    return `${this.prefix}:state-machines`;
  }

  /** Hash: version number → a published version of the state machine `arn` (its record as JSON). */
  stateMachineVersions(arn: string): string {
    return `${this.prefix}:{${arn}}:versions`;
  }

  /** Hash: revision id → the number of the version published from that revision. */
  stateMachineVersionsByRevision(arn: string): string {
    return `${this.prefix}:{${arn}}:versions-by-revision`;
  }

  /** String: the state machine's last version number; numbers are never reused. */
  stateMachineVersionCounter(arn: string): string {
    return `${this.prefix}:{${arn}}:version-counter`;
  }

  /** Hash: alias name → an alias of the state machine `arn` (its record as JSON). */
  stateMachineAliases(arn: string): string {
    return `${this.prefix}:{${arn}}:aliases`;
  }

  /** Hash: tag key → value, of a state machine or activity. */
  tags(resourceArn: string): string {
    return `${this.prefix}:{${resourceArn}}:tags`;
  }

  /** Pub/sub channel announcing an execution's end. */
  endedChannel(id: string): string {
    return `${this.prefix}:ended:${id}`;
  }
}

/** Key prefix when none is configured. */
export const DEFAULT_KEY_PREFIX = 'sfn';
