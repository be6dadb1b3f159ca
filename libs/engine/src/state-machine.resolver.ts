import type { Entropy } from '@lib/asl';
import type { StateMachineAliasRecord, StateMachineAliasRepository } from './state-machine-alias.repository';
import { splitStateMachineArn } from './state-machine-arn';
import type { StateMachineVersionRepository } from './state-machine-version.repository';
import type { StateMachineRecord, StateMachineRepository } from './state-machine.repository';

/**
 * What an execution runs: a state machine (its unqualified ARN), with the definition of the
 * version it was started from, directly or through an alias.
 */
export interface ResolvedStateMachine extends StateMachineRecord {
  readonly versionArn?: string;
  readonly aliasArn?: string;
}

/** Turns the ARN StartExecution names (unqualified, version or alias) into what the execution runs. */
export class StateMachineResolver {
  constructor(
    private readonly machines: StateMachineRepository,
    private readonly versions: StateMachineVersionRepository,
    private readonly aliases: StateMachineAliasRepository,
    private readonly entropy: Pick<Entropy, 'random'>,
  ) {}

  /** Undefined when no state machine, version or alias has that ARN. An alias picks a version by weight. */
  async resolve(arn: string): Promise<ResolvedStateMachine | undefined> {
    const qualifier = splitStateMachineArn(arn)?.qualifier;
    if (qualifier === undefined) return this.machines.get(arn);
    if (qualifier.kind === 'version') return this.version(arn);
    const alias = await this.aliases.get(arn);
    if (!alias) return undefined;
    const version = await this.version(pickVersion(alias, this.entropy.random()));
    return version && { ...version, aliasArn: arn };
  }

  private async version(versionArn: string): Promise<ResolvedStateMachine | undefined> {
    const version = await this.versions.get(versionArn);
    return version && { ...version.machine, versionArn };
  }
}

/** The version a draw in [0, 1) lands on, each version taking its weight's share of the range. */
export function pickVersion(alias: Pick<StateMachineAliasRecord, 'routingConfiguration'>, draw: number): string {
  // In whole percents, as weights are: no float sum can fall short of the last route.
  const point = draw * 100;
  let threshold = 0;
  for (const route of alias.routingConfiguration) {
    threshold += route.weight;
    if (point < threshold) return route.stateMachineVersionArn;
  }
  throw new Error(`the routing weights of an alias add up to ${threshold}, not 100`);
}
