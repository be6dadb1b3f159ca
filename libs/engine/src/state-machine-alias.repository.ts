import { isDeepStrictEqual } from 'node:util';
import type { Redis } from 'ioredis';
import { ResourceConflictError, ResourceNotFoundError, ServiceQuotaExceededError } from './engine.errors';
import type { Keys } from './keys';
import { splitStateMachineArn, stateMachineAliasArn } from './state-machine-arn';
import { watchedTransaction } from './watched-transaction';

/** One version an alias routes to, and the percentage of its executions that version runs. */
export interface RoutingConfigurationItem {
  readonly stateMachineVersionArn: string;
  readonly weight: number;
}

/** A named pointer to one or two versions of a state machine. */
export interface StateMachineAliasRecord {
  /** `<state machine ARN>:<alias name>` */
  readonly arn: string;
  readonly name: string;
  readonly description?: string;
  readonly routingConfiguration: readonly RoutingConfigurationItem[];
  readonly creationDate: number;
  readonly updateDate: number;
}

/** Aliases one state machine may have (AWS's quota). */
export const MAX_ALIASES_PER_STATE_MACHINE = 100;

type AliasSettings = Pick<StateMachineAliasRecord, 'description' | 'routingConfiguration'>;

/**
 * Aliases by state machine. Every version an alias routes to must exist when the alias is written
 * (checked in the same watched transaction, so a concurrent version delete cannot slip between).
 */
export class StateMachineAliasRepository {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  /** Creates an alias; the same name with the same settings answers with the existing alias (AWS's idempotency). */
  async create(machineArn: string, name: string, settings: AliasSettings, now: number): Promise<StateMachineAliasRecord> {
    return watchedTransaction(this.redis, this.watched(machineArn), async () => {
      const arn = stateMachineAliasArn(machineArn, name);
      const existing = await this.get(arn);
      if (existing) {
        if (sameSettings(existing, settings)) return { value: existing };
        throw new ResourceConflictError(`Alias '${arn}' already exists with a different configuration`);
      }
      if ((await this.redis.hlen(this.keys.stateMachineAliases(machineArn))) >= MAX_ALIASES_PER_STATE_MACHINE) {
        throw new ServiceQuotaExceededError(`State machine '${machineArn}' has reached its quota of ${MAX_ALIASES_PER_STATE_MACHINE} aliases`);
      }
      await this.checkVersionsExist(machineArn, settings.routingConfiguration);
      const record: StateMachineAliasRecord = { arn, name, ...withDescription(settings.description), routingConfiguration: settings.routingConfiguration, creationDate: now, updateDate: now };
      return { value: record, writes: (multi) => multi.hset(this.keys.stateMachineAliases(machineArn), name, JSON.stringify(record)) };
    });
  }

  /** Changes an alias's description and/or routing; ResourceNotFoundError when there is no such alias. */
  async update(aliasArn: string, changes: Partial<AliasSettings>, now: number): Promise<StateMachineAliasRecord> {
    const { machineArn, name } = aliasParts(aliasArn);
    return watchedTransaction(this.redis, this.watched(machineArn), async () => {
      const existing = await this.get(aliasArn);
      if (!existing) throw aliasNotFound(aliasArn);
      if (changes.routingConfiguration) await this.checkVersionsExist(machineArn, changes.routingConfiguration);
      const updated: StateMachineAliasRecord = {
        ...existing,
        ...(changes.description !== undefined && withDescription(changes.description)),
        ...(changes.routingConfiguration && { routingConfiguration: changes.routingConfiguration }),
        updateDate: now,
      };
      return { value: updated, writes: (multi) => multi.hset(this.keys.stateMachineAliases(machineArn), name, JSON.stringify(updated)) };
    });
  }

  /** The alias an alias ARN names; undefined for any other ARN. */
  async get(aliasArn: string): Promise<StateMachineAliasRecord | undefined> {
    const parts = splitStateMachineArn(aliasArn);
    if (parts?.qualifier?.kind !== 'alias') return undefined;
    const json = await this.redis.hget(this.keys.stateMachineAliases(parts.machineArn), parts.qualifier.name);
    return json ? (JSON.parse(json) as StateMachineAliasRecord) : undefined;
  }

  /** The aliases of a state machine, in no particular order (a listing sorts its pages). */
  async list(machineArn: string): Promise<StateMachineAliasRecord[]> {
    return (await this.redis.hvals(this.keys.stateMachineAliases(machineArn))).map((json) => JSON.parse(json) as StateMachineAliasRecord);
  }

  /** Deletes an alias (not the versions it routes to); ResourceNotFoundError when there is none. */
  async delete(aliasArn: string): Promise<void> {
    const { machineArn, name } = aliasParts(aliasArn);
    if ((await this.redis.hdel(this.keys.stateMachineAliases(machineArn), name)) === 0) throw aliasNotFound(aliasArn);
  }

  private watched(machineArn: string): string[] {
    return [this.keys.stateMachineAliases(machineArn), this.keys.stateMachineVersions(machineArn)];
  }

  private async checkVersionsExist(machineArn: string, routing: readonly RoutingConfigurationItem[]): Promise<void> {
    for (const { stateMachineVersionArn } of routing) {
      const parts = splitStateMachineArn(stateMachineVersionArn);
      const exists =
        parts?.machineArn === machineArn &&
        parts.qualifier?.kind === 'version' &&
        (await this.redis.hexists(this.keys.stateMachineVersions(machineArn), String(parts.qualifier.version))) === 1;
      if (!exists) throw new ResourceNotFoundError(`Resource not found: '${stateMachineVersionArn}'`);
    }
  }
}

function aliasParts(aliasArn: string): { machineArn: string; name: string } {
  const parts = splitStateMachineArn(aliasArn);
  if (parts?.qualifier?.kind !== 'alias') throw aliasNotFound(aliasArn);
  return { machineArn: parts.machineArn, name: parts.qualifier.name };
}

function aliasNotFound(aliasArn: string): ResourceNotFoundError {
  return new ResourceNotFoundError(`Resource not found: '${aliasArn}'`);
}

function withDescription(description: string | undefined): { description?: string } {
  return description === undefined || description === '' ? {} : { description };
}

function sameSettings(alias: StateMachineAliasRecord, settings: AliasSettings): boolean {
  return (alias.description ?? '') === (settings.description ?? '') && isDeepStrictEqual(alias.routingConfiguration, settings.routingConfiguration);
}
