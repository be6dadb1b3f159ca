import {
  CreateActivityCommand,
  CreateStateMachineAliasCommand,
  CreateStateMachineCommand,
  DeleteStateMachineAliasCommand,
  DeleteStateMachineCommand,
  DeleteStateMachineVersionCommand,
  DescribeStateMachineAliasCommand,
  DescribeStateMachineCommand,
  ListExecutionsCommand,
  ListStateMachineAliasesCommand,
  ListStateMachineVersionsCommand,
  ListTagsForResourceCommand,
  PublishStateMachineVersionCommand,
  SFNClient,
  StartExecutionCommand,
  TagResourceCommand,
  TestStateCommand,
  UntagResourceCommand,
  UpdateStateMachineAliasCommand,
  UpdateStateMachineCommand,
} from '@aws-sdk/client-sfn';
import { executionEnd } from './support/sfn-polls';
import { lambda, ROLE } from './support/machines';
import { sfnClient, startTestStack, type TestStack } from './support/test-stack';

/** A machine whose output says which definition ran. */
const says = (word: string) => JSON.stringify({ StartAt: 'Say', States: { Say: { Type: 'Pass', Result: word, End: true } } });

/** The AWS error an SDK call fails with: its type and HTTP status. */
async function failure(call: Promise<unknown>): Promise<{ name: string; status?: number; message: string }> {
  try {
    await call;
  } catch (error) {
    const e = error as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, status: e.$metadata?.httpStatusCode, message: e.message };
  }
  throw new Error('the call succeeded');
}

describe('versions, aliases, tags and TestState through the AWS SDK (and versions and aliases under /v1)', () => {
  let stack: TestStack;
  let sfn: SFNClient;

  beforeAll(async () => {
    stack = await startTestStack();
    sfn = sfnClient(stack.coordinator);
  }, 60_000);

  afterAll(async () => {
    sfn?.destroy();
    await stack?.stop();
  });

  /** Starts an execution of `arn` and resolves with its description once it has ended. */
  async function run(arn: string) {
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }));
    const e = await executionEnd(sfn, executionArn!);
    expect(e.status).toBe('SUCCEEDED');
    return e;
  }

  it('publishes numbered, immutable versions and runs the one an ARN names', async () => {
    const created = await sfn.send(new CreateStateMachineCommand({ name: 'greeter', definition: says('one'), roleArn: ROLE, publish: true, versionDescription: 'first' }));
    const machine = created.stateMachineArn as string;
    expect(created.stateMachineVersionArn).toBe(`${machine}:1`);
    expect(await sfn.send(new PublishStateMachineVersionCommand({ stateMachineArn: machine }))).toMatchObject({ stateMachineVersionArn: `${machine}:1` });

    const updated = await sfn.send(new UpdateStateMachineCommand({ stateMachineArn: machine, definition: says('two'), publish: true, versionDescription: 'second' }));
    expect(updated.stateMachineVersionArn).toBe(`${machine}:2`);
    expect(updated.revisionId).toEqual(expect.any(String));
    expect(await failure(sfn.send(new PublishStateMachineVersionCommand({ stateMachineArn: machine, revisionId: 'INITIAL' })))).toMatchObject({ name: 'ConflictException', status: 409 });
    expect(await sfn.send(new PublishStateMachineVersionCommand({ stateMachineArn: machine, revisionId: updated.revisionId }))).toMatchObject({ stateMachineVersionArn: `${machine}:2` });

    const v1 = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: `${machine}:1` }));
    expect(v1).toMatchObject({ stateMachineArn: `${machine}:1`, name: 'greeter', definition: says('one'), description: 'first' });
    expect(v1.revisionId).toBeUndefined();
    expect((await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: `${machine}:2` }))).revisionId).toBe(updated.revisionId);

    const page = await sfn.send(new ListStateMachineVersionsCommand({ stateMachineArn: machine, maxResults: 1 }));
    expect(page.stateMachineVersions?.map((v) => v.stateMachineVersionArn)).toEqual([`${machine}:2`]);
    const rest = await sfn.send(new ListStateMachineVersionsCommand({ stateMachineArn: machine, nextToken: page.nextToken }));
    expect(rest.stateMachineVersions?.map((v) => v.stateMachineVersionArn)).toEqual([`${machine}:1`]);

    const old = await run(`${machine}:1`);
    expect(old).toMatchObject({ output: '"one"', stateMachineArn: machine, stateMachineVersionArn: `${machine}:1` });
    expect(old.stateMachineAliasArn).toBeUndefined();
    expect((await run(machine)).output).toBe('"two"');
    const listed = await sfn.send(new ListExecutionsCommand({ stateMachineArn: `${machine}:1` }));
    expect(listed.executions?.map((e) => e.executionArn)).toEqual([old.executionArn]);

    expect(await failure(sfn.send(new DescribeStateMachineCommand({ stateMachineArn: `${machine}:9` })))).toMatchObject({ name: 'StateMachineDoesNotExist' });
    expect(await failure(sfn.send(new StartExecutionCommand({ stateMachineArn: `${machine}:9` })))).toMatchObject({ name: 'StateMachineDoesNotExist' });
    expect(await failure(sfn.send(new UpdateStateMachineCommand({ stateMachineArn: machine, definition: says('x'), versionDescription: 'no publish' })))).toMatchObject({ name: 'ValidationException' });
  });

  it('routes an alias’s executions by weight, and keeps the versions it routes to', async () => {
    const machine = (await sfn.send(new CreateStateMachineCommand({ name: 'router', definition: says('v1'), roleArn: ROLE, publish: true }))).stateMachineArn as string;
    await sfn.send(new UpdateStateMachineCommand({ stateMachineArn: machine, definition: says('v2'), publish: true }));
    const [v1, v2] = [`${machine}:1`, `${machine}:2`];
    const created = await sfn.send(
      new CreateStateMachineAliasCommand({ name: 'PROD', description: 'live', routingConfiguration: [{ stateMachineVersionArn: v1, weight: 100 }, { stateMachineVersionArn: v2, weight: 0 }] }),
    );
    const alias = created.stateMachineAliasArn as string;
    expect(alias).toBe(`${machine}:PROD`);

    const allOnV1 = await Promise.all(Array.from({ length: 10 }, () => run(alias)));
    expect(new Set(allOnV1.map((e) => e.output))).toEqual(new Set(['"v1"']));
    expect(allOnV1[0]).toMatchObject({ stateMachineArn: machine, stateMachineAliasArn: alias, stateMachineVersionArn: v1 });

    await sfn.send(new UpdateStateMachineAliasCommand({ stateMachineAliasArn: alias, routingConfiguration: [{ stateMachineVersionArn: v1, weight: 50 }, { stateMachineVersionArn: v2, weight: 50 }] }));
    const split = await Promise.all(Array.from({ length: 40 }, () => run(alias)));
    expect(new Set(split.map((e) => e.output))).toEqual(new Set(['"v1"', '"v2"']));
    const ranV2 = split.filter((e) => e.output === '"v2"');
    expect(ranV2.every((e) => e.stateMachineVersionArn === v2)).toBe(true);
    const byV2 = await sfn.send(new ListExecutionsCommand({ stateMachineArn: v2, maxResults: 1000 }));
    expect(byV2.executions?.length).toBe(ranV2.length);
    expect((await sfn.send(new ListExecutionsCommand({ stateMachineArn: alias, maxResults: 1000 }))).executions?.length).toBe(50);

    expect(await sfn.send(new DescribeStateMachineAliasCommand({ stateMachineAliasArn: alias }))).toMatchObject({ name: 'PROD', description: 'live', routingConfiguration: [{ stateMachineVersionArn: v1, weight: 50 }, { stateMachineVersionArn: v2, weight: 50 }] });
    expect((await sfn.send(new ListStateMachineAliasesCommand({ stateMachineArn: machine }))).stateMachineAliases?.map((a) => a.stateMachineAliasArn)).toEqual([alias]);
    expect((await sfn.send(new ListStateMachineAliasesCommand({ stateMachineArn: v2 }))).stateMachineAliases).toHaveLength(1);

    expect(await failure(sfn.send(new DeleteStateMachineVersionCommand({ stateMachineVersionArn: v1 })))).toMatchObject({ name: 'ConflictException', status: 409 });
    const badWeights = [{ stateMachineVersionArn: v1, weight: 60 }, { stateMachineVersionArn: v2, weight: 60 }];
    expect(await failure(sfn.send(new CreateStateMachineAliasCommand({ name: 'BAD', routingConfiguration: badWeights })))).toMatchObject({ name: 'ValidationException' });
    expect(await failure(sfn.send(new CreateStateMachineAliasCommand({ name: '42', routingConfiguration: [{ stateMachineVersionArn: v1, weight: 100 }] })))).toMatchObject({ name: 'ValidationException' });
    expect(await failure(sfn.send(new CreateStateMachineAliasCommand({ name: 'GONE', routingConfiguration: [{ stateMachineVersionArn: `${machine}:7`, weight: 100 }] })))).toMatchObject({ name: 'ResourceNotFound' });

    await sfn.send(new DeleteStateMachineAliasCommand({ stateMachineAliasArn: alias }));
    expect(await failure(sfn.send(new DescribeStateMachineAliasCommand({ stateMachineAliasArn: alias })))).toMatchObject({ name: 'ResourceNotFound' });
    expect(await failure(sfn.send(new StartExecutionCommand({ stateMachineArn: alias })))).toMatchObject({ name: 'StateMachineDoesNotExist' });
    await sfn.send(new DeleteStateMachineVersionCommand({ stateMachineVersionArn: v1 }));
    expect((await sfn.send(new ListStateMachineVersionsCommand({ stateMachineArn: machine }))).stateMachineVersions?.map((v) => v.stateMachineVersionArn)).toEqual([v2]);
  }, 60_000);

  it('tags state machines and activities within AWS’s limits', async () => {
    const machine = (await sfn.send(new CreateStateMachineCommand({ name: 'tagged', definition: says('t'), roleArn: ROLE, tags: [{ key: 'team', value: 'core' }] }))).stateMachineArn as string;
    await sfn.send(new TagResourceCommand({ resourceArn: machine, tags: [{ key: 'env', value: 'dev' }, { key: 'team', value: 'edge' }] }));
    expect((await sfn.send(new ListTagsForResourceCommand({ resourceArn: machine }))).tags).toEqual([{ key: 'team', value: 'edge' }, { key: 'env', value: 'dev' }]);
    await sfn.send(new UntagResourceCommand({ resourceArn: machine, tagKeys: ['team'] }));
    expect((await sfn.send(new ListTagsForResourceCommand({ resourceArn: machine }))).tags).toEqual([{ key: 'env', value: 'dev' }]);

    const tooMany = Array.from({ length: 50 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    expect(await failure(sfn.send(new TagResourceCommand({ resourceArn: machine, tags: tooMany })))).toMatchObject({ name: 'TooManyTags' });
    expect(await failure(sfn.send(new CreateStateMachineCommand({ name: 'overtagged', definition: says('t'), roleArn: ROLE, tags: [...tooMany, { key: 'one-more', value: '' }] })))).toMatchObject({ name: 'TooManyTags' });
    expect(await failure(sfn.send(new TagResourceCommand({ resourceArn: machine, tags: [{ key: 'k'.repeat(129), value: '' }] })))).toMatchObject({ name: 'ValidationException' });
    expect(await failure(sfn.send(new TagResourceCommand({ resourceArn: machine, tags: [{ key: 'bad*key', value: '' }] })))).toMatchObject({ name: 'ValidationException' });
    expect(await failure(sfn.send(new ListTagsForResourceCommand({ resourceArn: `${machine}-missing` })))).toMatchObject({ name: 'ResourceNotFound' });
    expect(await failure(sfn.send(new ListTagsForResourceCommand({ resourceArn: 'not-an-arn' })))).toMatchObject({ name: 'InvalidArn' });

    const activity = (await sfn.send(new CreateActivityCommand({ name: 'review' }))).activityArn as string;
    await sfn.send(new TagResourceCommand({ resourceArn: activity, tags: [{ key: 'owner', value: 'ops' }] }));
    expect((await sfn.send(new ListTagsForResourceCommand({ resourceArn: activity }))).tags).toEqual([{ key: 'owner', value: 'ops' }]);

    await sfn.send(new DeleteStateMachineCommand({ stateMachineArn: machine }));
    expect(await failure(sfn.send(new ListTagsForResourceCommand({ resourceArn: machine })))).toMatchObject({ name: 'ResourceNotFound' });
  });

  it('tests one state with TestState: data flow, next state, mocks, and refusals', async () => {
    const pass = JSON.stringify({ Type: 'Pass', InputPath: '$.order', Parameters: { 'id.$': '$.id' }, ResultPath: '$.picked', Next: 'Ship' });
    const info = await sfn.send(new TestStateCommand({ definition: pass, input: JSON.stringify({ order: { id: 7 } }) }));
    expect(info).toMatchObject({ status: 'SUCCEEDED', nextState: 'Ship', output: JSON.stringify({ order: { id: 7 }, picked: { id: 7 } }) });
    expect(info.inspectionData).toBeUndefined();
    const debug = await sfn.send(new TestStateCommand({ definition: pass, input: JSON.stringify({ order: { id: 7 } }), inspectionLevel: 'DEBUG' }));
    expect(debug.inspectionData).toMatchObject({ input: JSON.stringify({ order: { id: 7 } }), afterInputPath: JSON.stringify({ id: 7 }) });

    const task = JSON.stringify({ Type: 'Task', Resource: lambda('work'), Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Recover' }], End: true });
    const caught = await sfn.send(new TestStateCommand({ definition: task, mock: { errorOutput: { error: 'Boom', cause: 'broken' } } }));
    expect(caught).toMatchObject({ status: 'CAUGHT_ERROR', nextState: 'Recover', error: 'Boom', cause: 'broken', inspectionData: { errorDetails: { catchIndex: 0 } } });
    const mocked = await sfn.send(new TestStateCommand({ definition: task, mock: { result: '{"ok":true}' } }));
    expect(mocked).toMatchObject({ status: 'SUCCEEDED', output: '{"ok":true}' });

    const machine = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Fail', Error: 'No', Cause: 'because' } } });
    expect(await sfn.send(new TestStateCommand({ definition: machine, stateName: 'B' }))).toMatchObject({ status: 'FAILED', error: 'No', cause: 'because' });

    expect(await failure(sfn.send(new TestStateCommand({ definition: task })))).toMatchObject({ name: 'ValidationException' });
    expect(await failure(sfn.send(new TestStateCommand({ definition: JSON.stringify({ Type: 'Pass', Next: 'X' }), mock: { result: '{}' } })))).toMatchObject({ name: 'ValidationException' });
    expect(await failure(sfn.send(new TestStateCommand({ definition: JSON.stringify({ Type: 'Pass', ResultPath: 7, End: true }) })))).toMatchObject({ name: 'InvalidDefinition' });
    expect(await failure(sfn.send(new TestStateCommand({ definition: pass, input: '{oops' })))).toMatchObject({ name: 'InvalidExecutionInput' });
  });

  it('serves versions and aliases under /v1 too', async () => {
    const machine = (await sfn.send(new CreateStateMachineCommand({ name: 'rested', definition: says('r'), roleArn: ROLE }))).stateMachineArn as string;
    const at = (path: string, init?: { method: string; body?: unknown }) =>
      fetch(`${stack.coordinator.url}/v1/${path}`, { method: init?.method ?? 'GET', headers: { 'content-type': 'application/json' }, body: init?.body === undefined ? undefined : JSON.stringify(init.body) });
    const m = encodeURIComponent(machine);
    const published = await at(`state-machines/${m}/versions`, { method: 'POST', body: { description: 'via REST' } });
    expect(published.status).toBe(201);
    expect(await published.json()).toMatchObject({ stateMachineVersionArn: `${machine}:1`, creationDate: expect.stringMatching(/^\d{4}-/) });
    expect(await (await at(`state-machines/${m}/versions`)).json()).toMatchObject({ stateMachineVersions: [{ stateMachineVersionArn: `${machine}:1` }] });
    expect(await (await at(`state-machine-versions/${encodeURIComponent(`${machine}:1`)}`)).json()).toMatchObject({ stateMachineArn: `${machine}:1`, description: 'via REST' });

    const routing = [{ stateMachineVersionArn: `${machine}:1`, weight: 100 }];
    const created = await at(`state-machines/${m}/aliases`, { method: 'POST', body: { name: 'LIVE', routingConfiguration: routing } });
    expect(created.status).toBe(201);
    const alias = encodeURIComponent(`${machine}:LIVE`);
    expect(await (await at(`state-machine-aliases/${alias}`)).json()).toMatchObject({ name: 'LIVE', routingConfiguration: routing });
    const refused = await at(`state-machine-versions/${encodeURIComponent(`${machine}:1`)}`, { method: 'DELETE' });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: 'ConflictException' });
    expect((await at(`state-machines/${m}/aliases`, { method: 'POST', body: { name: 'BAD', routingConfiguration: [{ ...routing[0], weight: 101 }] } })).status).toBe(400);
    expect((await at(`state-machine-aliases/${alias}`, { method: 'DELETE' })).status).toBe(204);
    expect((await at(`state-machine-aliases/${alias}`)).status).toBe(404);
  });
});
