import type { Redis } from 'ioredis';
import { ResourceConflictError, ServiceQuotaExceededError } from './engine.errors';
import type { Keys } from './keys';
import type { StateMachineAliasRepository } from './state-machine-alias.repository';
import { splitStateMachineArn, stateMachineVersionArn } from './state-machine-arn';
import type { StateMachineRecord } from './state-machine.repository';
import { watchedTransaction } from './watched-transaction';

/** A published version: an immutable snapshot of a state machine's revision, numbered 1, 2, ... */
export interface StateMachineVersionRecord {
  /** `<state machine ARN>:<version>` */
  readonly arn: string;
  readonly version: number;
  readonly description?: string;
  readonly creationDate: number;
  /** The state machine as it was when the version was published. */
  readonly machine: StateMachineRecord;
}

/** Versions one state machine may have (AWS's quota). */
export const MAX_VERSIONS_PER_STATE_MACHINE = 1000;

/** The revision of a state machine never updated (AWS names it so in PublishStateMachineVersion). */
export const INITIAL_REVISION = 'INITIAL';

export function revisionOf(machine: StateMachineRecord): string {
  return machine.revisionId ?? INITIAL_REVISION;
}

/** Versions by state machine, each state machine's under its own hash tag. */
export class StateMachineVersionRepository {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
    private readonly aliases: StateMachineAliasRepository,
  ) {}

  /**
   * Publishes the machine's current revision, or answers with the version already published from
   * it (PublishStateMachineVersion is idempotent per revision). Concurrent publishes of one state
   * machine: one wins, the others get ResourceConflictError.
   */
  async publish(machine: StateMachineRecord, description: string | undefined, now: number): Promise<StateMachineVersionRecord> {
    const k = this.keys;
    const watched = [k.stateMachineVersions(machine.arn), k.stateMachineVersionsByRevision(machine.arn), k.stateMachineVersionCounter(machine.arn)];
    return watchedTransaction(this.redis, watched, async () => {
      const published = await this.redis.hget(k.stateMachineVersionsByRevision(machine.arn), revisionOf(machine));
      const existing = published === null ? undefined : await this.get(stateMachineVersionArn(machine.arn, Number(published)));
      if (existing) return { value: existing };
      if ((await this.redis.hlen(k.stateMachineVersions(machine.arn))) >= MAX_VERSIONS_PER_STATE_MACHINE) {
        throw new ServiceQuotaExceededError(`State machine '${machine.arn}' has reached its quota of ${MAX_VERSIONS_PER_STATE_MACHINE} versions`);
      }
      const version = Number((await this.redis.get(k.stateMachineVersionCounter(machine.arn))) ?? 0) + 1;
      const record: StateMachineVersionRecord = {
        arn: stateMachineVersionArn(machine.arn, version),
        version,
        ...(description !== undefined && { description }),
        creationDate: now,
        machine,
      };
      return {
        value: record,
        writes: (multi) =>
          multi
            .set(k.stateMachineVersionCounter(machine.arn), version)
            .hset(k.stateMachineVersions(machine.arn), version, JSON.stringify(record))
            .hset(k.stateMachineVersionsByRevision(machine.arn), revisionOf(machine), version),
      };
    });
  }

  /** The version a version ARN names; undefined for any other ARN. */
  async get(versionArn: string): Promise<StateMachineVersionRecord | undefined> {
    const parts = splitStateMachineArn(versionArn);
    if (parts?.qualifier?.kind !== 'version') return undefined;
    const json = await this.redis.hget(this.keys.stateMachineVersions(parts.machineArn), String(parts.qualifier.version));
    return json ? (JSON.parse(json) as StateMachineVersionRecord) : undefined;
  }

  /** Newest first, as ListStateMachineVersions lists them. */
  async list(machineArn: string): Promise<StateMachineVersionRecord[]> {
    const all = await this.redis.hvals(this.keys.stateMachineVersions(machineArn));
    return all.map((json) => JSON.parse(json) as StateMachineVersionRecord).sort((a, b) => b.version - a.version);
  }

  /**
   * Deletes a version; false when there was none. A version an alias routes to is not deleted
   * (ResourceConflictError, as AWS refuses it); its running executions go on.
   */
  async delete(versionArn: string): Promise<boolean> {
    const parts = splitStateMachineArn(versionArn);
    if (parts?.qualifier?.kind !== 'version') return false;
    const k = this.keys;
    const { machineArn } = parts;
    const watched = [k.stateMachineVersions(machineArn), k.stateMachineVersionsByRevision(machineArn), k.stateMachineAliases(machineArn)];
    return watchedTransaction(this.redis, watched, async () => {
      const version = await this.get(versionArn);
      if (!version) return { value: false };
      const routing = (await this.aliases.list(machineArn)).filter((a) => a.routingConfiguration.some((r) => r.stateMachineVersionArn === versionArn));
      if (routing.length > 0) {
        const names = routing.map((a) => a.name).join(', ');
        throw new ResourceConflictError(`Version to be deleted must not be referenced by an alias. Current list of aliases referencing this version: [${names}]`);
      }
      const revision = revisionOf(version.machine);
      const publishedFromRevision = await this.redis.hget(k.stateMachineVersionsByRevision(machineArn), revision);
      return {
        value: true,
        writes: (multi) => {
          multi.hdel(k.stateMachineVersions(machineArn), String(version.version));
          if (publishedFromRevision === String(version.version)) multi.hdel(k.stateMachineVersionsByRevision(machineArn), revision);
        },
      };
    });
  }
}
