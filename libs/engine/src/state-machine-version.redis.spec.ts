import { Redis } from 'ioredis';
import type { StateMachineDefinition } from '@lib/asl';
import { startRedis, type RedisServer } from '../../../test/support/redis-server';
import { Keys } from './keys';
import { StateMachineAliasRepository } from './state-machine-alias.repository';
import { StateMachineVersionRepository } from './state-machine-version.repository';
import { StateMachineResolver } from './state-machine.resolver';
import { StateMachineRepository, type StateMachineRecord } from './state-machine.repository';
import { TagRepository, MAX_TAGS_PER_RESOURCE } from './tag.repository';

const definition = (result: string): StateMachineDefinition => ({ StartAt: 'P', States: { P: { Type: 'Pass', Result: result, End: true } } }) as StateMachineDefinition;

describe('state machine versions, aliases and tags (real Redis)', () => {
  let server: RedisServer;
  let redis: Redis;
  let machines: StateMachineRepository;
  let versions: StateMachineVersionRepository;
  let aliases: StateMachineAliasRepository;
  let tags: TagRepository;
  let machine: StateMachineRecord;
  let test = 0;

  beforeAll(async () => {
    server = await startRedis();
    redis = new Redis(server.url);
  });

  afterAll(async () => {
    redis?.disconnect();
    await server?.stop();
  });

  beforeEach(async () => {
    const keys = new Keys(`t${++test}`);
    machines = new StateMachineRepository(redis, keys);
    aliases = new StateMachineAliasRepository(redis, keys);
    versions = new StateMachineVersionRepository(redis, keys, aliases);
    tags = new TagRepository(redis, keys);
    machine = { arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:m', name: 'm', definition: definition('one'), type: 'STANDARD', roleArn: 'r', creationDate: 1 };
    await machines.create(machine);
  });

  it('numbers versions 1, 2, ... and answers a revision published before with its version', async () => {
    const v1 = await versions.publish(machine, 'first', 10);
    expect(v1).toMatchObject({ arn: `${machine.arn}:1`, version: 1, description: 'first', creationDate: 10, machine });
    expect(await versions.publish(machine, 'again', 11)).toEqual(v1);
    const updated = { ...machine, definition: definition('two'), revisionId: 'rev-2' };
    const v2 = await versions.publish(updated, undefined, 12);
    expect(v2.version).toBe(2);
    expect((await versions.list(machine.arn)).map((v) => v.version)).toEqual([2, 1]);
    expect(await versions.get(`${machine.arn}:1`)).toEqual(v1);
  });

  it('never reuses a deleted version’s number, and publishes its revision anew', async () => {
    await versions.publish(machine, undefined, 1);
    expect(await versions.delete(`${machine.arn}:1`)).toBe(true);
    expect(await versions.delete(`${machine.arn}:1`)).toBe(false);
    expect((await versions.publish(machine, undefined, 2)).version).toBe(2);
  });

  it('gives concurrent publishes of different revisions different numbers, or ResourceConflictError', async () => {
    const outcomes = await Promise.allSettled([1, 2, 3].map((n) => versions.publish({ ...machine, revisionId: `r${n}` }, undefined, n)));
    const published = outcomes.filter((o) => o.status === 'fulfilled').map((o) => (o as PromiseFulfilledResult<{ version: number }>).value.version);
    const refused = outcomes.filter((o) => o.status === 'rejected').map((o) => ((o as PromiseRejectedResult).reason as Error).name);
    expect(new Set(published).size).toBe(published.length);
    expect(refused.every((name) => name === 'ResourceConflictError')).toBe(true);
    expect((await versions.list(machine.arn)).length).toBe(published.length);
  });

  it('routes an alias to existing versions only, and refuses to delete a version an alias routes to', async () => {
    const v1 = await versions.publish(machine, undefined, 1);
    const v2 = await versions.publish({ ...machine, revisionId: 'b' }, undefined, 2);
    const routing = [{ stateMachineVersionArn: v1.arn, weight: 50 }, { stateMachineVersionArn: v2.arn, weight: 50 }];
    const alias = await aliases.create(machine.arn, 'PROD', { routingConfiguration: routing }, 5);
    expect(alias).toEqual({ arn: `${machine.arn}:PROD`, name: 'PROD', routingConfiguration: routing, creationDate: 5, updateDate: 5 });
    expect(await aliases.create(machine.arn, 'PROD', { routingConfiguration: routing }, 6)).toEqual(alias);
    await expect(aliases.create(machine.arn, 'PROD', { description: 'other', routingConfiguration: routing }, 6)).rejects.toMatchObject({ name: 'ResourceConflictError' });
    await expect(aliases.create(machine.arn, 'NEXT', { routingConfiguration: [{ stateMachineVersionArn: `${machine.arn}:9`, weight: 100 }] }, 6)).rejects.toMatchObject({ name: 'ResourceNotFoundError' });
    await expect(versions.delete(v1.arn)).rejects.toMatchObject({ name: 'ResourceConflictError', message: expect.stringContaining('[PROD]') });
    const moved = await aliases.update(alias.arn, { routingConfiguration: [{ stateMachineVersionArn: v2.arn, weight: 100 }] }, 7);
    expect(moved).toMatchObject({ creationDate: 5, updateDate: 7 });
    expect(await versions.delete(v1.arn)).toBe(true);
    await aliases.delete(alias.arn);
    await expect(aliases.delete(alias.arn)).rejects.toMatchObject({ name: 'ResourceNotFoundError' });
    await expect(aliases.update(alias.arn, { description: 'x' }, 8)).rejects.toMatchObject({ name: 'ResourceNotFoundError' });
  });

  it('resolves state machine, version and alias ARNs to what an execution runs', async () => {
    const v1 = await versions.publish(machine, undefined, 1);
    await machines.put({ ...machine, definition: definition('two'), revisionId: 'b' });
    await aliases.create(machine.arn, 'LIVE', { routingConfiguration: [{ stateMachineVersionArn: v1.arn, weight: 100 }] }, 2);
    const resolver = new StateMachineResolver(machines, versions, aliases, { random: () => 0.5 });
    expect(await resolver.resolve(machine.arn)).toMatchObject({ definition: definition('two') });
    expect(await resolver.resolve(v1.arn)).toMatchObject({ arn: machine.arn, definition: definition('one'), versionArn: v1.arn });
    expect(await resolver.resolve(`${machine.arn}:LIVE`)).toMatchObject({ definition: definition('one'), versionArn: v1.arn, aliasArn: `${machine.arn}:LIVE` });
    expect(await resolver.resolve(`${machine.arn}:7`)).toBeUndefined();
    expect(await resolver.resolve(`${machine.arn}:NONE`)).toBeUndefined();
  });

  it('deletes a state machine’s versions, aliases and tags with it', async () => {
    const v1 = await versions.publish(machine, undefined, 1);
    await aliases.create(machine.arn, 'A', { routingConfiguration: [{ stateMachineVersionArn: v1.arn, weight: 100 }] }, 1);
    await tags.tag(machine.arn, [{ key: 'team', value: 'x' }]);
    await machines.delete(machine.arn);
    expect(await versions.list(machine.arn)).toEqual([]);
    expect(await aliases.list(machine.arn)).toEqual([]);
    expect(await tags.list(machine.arn)).toEqual([]);
    await machines.create(machine);
    expect((await versions.publish(machine, undefined, 2)).version).toBe(1);
  });

  it('tags and untags, replacing values, up to the limit', async () => {
    await tags.tag(machine.arn, [{ key: 'a', value: '1' }, { key: 'b', value: '2' }]);
    await tags.tag(machine.arn, [{ key: 'a', value: '3' }]);
    expect(await tags.list(machine.arn)).toEqual([{ key: 'a', value: '3' }, { key: 'b', value: '2' }]);
    await tags.untag(machine.arn, ['b', 'missing']);
    expect(await tags.list(machine.arn)).toEqual([{ key: 'a', value: '3' }]);
    const many = Array.from({ length: MAX_TAGS_PER_RESOURCE }, (_, i) => ({ key: `k${i}`, value: '' }));
    await expect(tags.tag(machine.arn, many)).rejects.toMatchObject({ name: 'TooManyTagsError' });
    expect(await tags.list(machine.arn)).toHaveLength(1);
    await tags.tag(machine.arn, many.slice(1));
    expect(await tags.list(machine.arn)).toHaveLength(MAX_TAGS_PER_RESOURCE);
  });
});
