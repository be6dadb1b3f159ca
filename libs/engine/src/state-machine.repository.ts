import type { StateMachineDefinition } from '@lib/asl';
import type { Redis } from 'ioredis';
import type { Keys } from './keys';

/** A state machine as stored. */
export interface StateMachineRecord {
  readonly arn: string;
  readonly name: string;
  readonly definition: StateMachineDefinition;
  readonly type: 'STANDARD' | 'EXPRESS';
  readonly roleArn: string;
  readonly creationDate: number;
  /** The definition exactly as the caller sent it; DescribeStateMachine returns it unchanged. */
  readonly definitionText?: string;
  readonly updateDate?: number;
  /** Changes with every update that changes something; absent until the first (AWS's "INITIAL" revision). */
  readonly revisionId?: string;
}

/** State machines by ARN. */
export class StateMachineRepository {
  constructor(
    private readonly redis: Redis,
    private readonly keys: Keys,
  ) {}

  /** Stores a state machine; false when one with that ARN exists. */
  async create(record: StateMachineRecord): Promise<boolean> {
    return (await this.redis.hsetnx(this.keys.stateMachines(), record.arn, JSON.stringify(record))) === 1;
  }

  async put(record: StateMachineRecord): Promise<void> {
    await this.redis.hset(this.keys.stateMachines(), record.arn, JSON.stringify(record));
  }

  async get(arn: string): Promise<StateMachineRecord | undefined> {
    const json = await this.redis.hget(this.keys.stateMachines(), arn);
    return json ? (JSON.parse(json) as StateMachineRecord) : undefined;
  }

  /** Deletes the state machine with its versions, aliases and tags. */
  async delete(arn: string): Promise<boolean> {
    const k = this.keys;
    const deleted = (await this.redis.hdel(k.stateMachines(), arn)) === 1;
    const owned = [k.stateMachineVersions(arn), k.stateMachineVersionsByRevision(arn), k.stateMachineVersionCounter(arn), k.stateMachineAliases(arn), k.tags(arn)];
    await this.redis.del(...owned);
    return deleted;
  }

  async list(): Promise<StateMachineRecord[]> {
    const all = await this.redis.hvals(this.keys.stateMachines());
    return all.map((json) => JSON.parse(json) as StateMachineRecord).sort((a, b) => a.creationDate - b.creationDate);
  }
}
