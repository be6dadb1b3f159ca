import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  DescribeMapRunCommand,
  ListMapRunsCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
  UpdateMapRunCommand,
  type DescribeMapRunCommandOutput,
} from '@aws-sdk/client-sfn';
import { until } from '../support/eventually';
import { callbackMachine, ROLE } from './support/machines';
import { executionHistory, scheduledTokens } from './support/sfn-polls';
import { sfnClient, startTestStack, type TestStack } from './support/test-stack';

const DISTRIBUTED = { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' };

/** A distributed Map, one item at a time, whose items wait for SendTaskSuccess. */
const APPROVE_EACH = {
  StartAt: 'Each',
  States: {
    Each: { Type: 'Map', MaxConcurrency: 1, ItemProcessor: { ProcessorConfig: DISTRIBUTED, ...callbackMachine() }, End: true },
  },
};

/** Two distributed Maps of Pass items, one after the other. */
const TWO_MAPS = {
  StartAt: 'First',
  States: {
    First: { Type: 'Map', ItemProcessor: { ProcessorConfig: DISTRIBUTED, StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, Next: 'Second' },
    Second: { Type: 'Map', ItemProcessor: { ProcessorConfig: DISTRIBUTED, StartAt: 'Q', States: { Q: { Type: 'Pass', End: true } } }, End: true },
  },
};

const MAP_RUN_ARN = /^arn:aws:states:us-east-1:123456789012:mapRun:approvals\/batch-1:[0-9a-f-]{36}$/;

describe('Map Runs of distributed Maps through the AWS SDK (ListMapRuns, DescribeMapRun, UpdateMapRun)', () => {
  let stack: TestStack;
  let sfn: SFNClient;

  beforeAll(async () => {
    stack = await startTestStack();
    sfn = sfnClient(stack.coordinator);
  }, 90_000);

  afterAll(async () => {
    sfn?.destroy();
    await stack?.stop();
  }, 60_000);

  async function start(machine: string, definition: object, name: string, input: unknown): Promise<string> {
    const { stateMachineArn } = await sfn.send(new CreateStateMachineCommand({ name: machine, definition: JSON.stringify(definition), roleArn: ROLE }));
    return (await sfn.send(new StartExecutionCommand({ stateMachineArn, name, input: JSON.stringify(input) }))).executionArn!;
  }

  const history = (executionArn: string, options?: { reverseOrder?: boolean; includeExecutionData?: boolean }) => executionHistory(sfn, executionArn, options);

  /** The task tokens of the tasks scheduled so far, once there are at least `count`. */
  const tokens = (executionArn: string, count: number) => scheduledTokens(sfn, executionArn, count);

  const describeUntil = (mapRunArn: string, done: (d: DescribeMapRunCommandOutput) => boolean) =>
    until(() => sfn.send(new DescribeMapRunCommand({ mapRunArn })), done, 15_000);

  it('lists and describes a running Map Run, widens its window with UpdateMapRun, and describes it once it has ended', async () => {
    const executionArn = await start('approvals', APPROVE_EACH, 'batch-1', ['a', 'b', 'c', 'd']);
    const [first] = await tokens(executionArn, 1);

    const listed = await sfn.send(new ListMapRunsCommand({ executionArn }));
    expect(listed.mapRuns).toHaveLength(1);
    const run = listed.mapRuns![0];
    expect(run.mapRunArn).toMatch(MAP_RUN_ARN);
    expect(run).toMatchObject({ executionArn, stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:approvals/batch-1' });
    expect(run.startDate).toBeInstanceOf(Date);
    expect(run.stopDate).toBeUndefined();
    const mapRunArn = run.mapRunArn!;

    const running = await sfn.send(new DescribeMapRunCommand({ mapRunArn }));
    expect(running).toMatchObject({ mapRunArn, executionArn, status: 'RUNNING', maxConcurrency: 1, toleratedFailureCount: 0, toleratedFailurePercentage: 0, redriveCount: 0 });
    expect(running.stopDate).toBeUndefined();
    expect(running.itemCounts).toMatchObject({ pending: 3, running: 1, succeeded: 0, failed: 0, total: 4 });
    expect(running.executionCounts).toEqual(running.itemCounts);

    await sfn.send(new UpdateMapRunCommand({ mapRunArn, maxConcurrency: 3 }));
    const widened = await describeUntil(mapRunArn, (d) => d.itemCounts?.running === 3);
    expect(widened).toMatchObject({ maxConcurrency: 3, itemCounts: { pending: 1, running: 3 } });
    expect(await tokens(executionArn, 3)).toHaveLength(3);

    await sfn.send(new SendTaskSuccessCommand({ taskToken: first, output: '"A"' }));
    const all = await tokens(executionArn, 4);
    for (const token of all.slice(1)) await sfn.send(new SendTaskSuccessCommand({ taskToken: token, output: '"ok"' }));

    const ended = await describeUntil(mapRunArn, (d) => d.status !== 'RUNNING');
    expect(ended).toMatchObject({ status: 'SUCCEEDED', maxConcurrency: 3, itemCounts: { pending: 0, running: 0, succeeded: 4, failed: 0, aborted: 0, total: 4, resultsWritten: 4 } });
    expect(ended.stopDate!.getTime()).toBeGreaterThanOrEqual(ended.startDate!.getTime());
    expect((await sfn.send(new DescribeExecutionCommand({ executionArn }))).status).toBe('SUCCEEDED');
    expect((await sfn.send(new ListMapRunsCommand({ executionArn }))).mapRuns![0].stopDate).toEqual(ended.stopDate);

    const events = await history(executionArn);
    expect(events.find((e) => e.type === 'MapRunStarted')?.mapRunStartedEventDetails).toEqual({ mapRunArn });
    expect(events.map((e) => e.type)).toContain('MapRunSucceeded');

    await expect(sfn.send(new UpdateMapRunCommand({ mapRunArn, maxConcurrency: 2 }))).rejects.toMatchObject({ name: 'ValidationException' });
  }, 60_000);

  it('finds a running Map Run inside a Parallel branch (a child run, not the root)', async () => {
    const nested = { StartAt: 'Both', States: { Both: { Type: 'Parallel', Branches: [APPROVE_EACH], End: true } } };
    const executionArn = await start('nested', nested, 'inner', ['a', 'b']);
    const [token] = await tokens(executionArn, 1);
    const [run] = (await sfn.send(new ListMapRunsCommand({ executionArn }))).mapRuns!;
    expect(await sfn.send(new DescribeMapRunCommand({ mapRunArn: run.mapRunArn }))).toMatchObject({ status: 'RUNNING', itemCounts: { running: 1, pending: 1 } });
    await sfn.send(new UpdateMapRunCommand({ mapRunArn: run.mapRunArn, maxConcurrency: 2 }));
    await describeUntil(run.mapRunArn!, (d) => d.itemCounts?.running === 2);
    for (const t of [token, ...(await tokens(executionArn, 2)).slice(1)]) await sfn.send(new SendTaskSuccessCommand({ taskToken: t, output: '1' }));
    expect(await describeUntil(run.mapRunArn!, (d) => d.status !== 'RUNNING')).toMatchObject({ status: 'SUCCEEDED', itemCounts: { succeeded: 2 } });
  }, 60_000);

  it("pages an execution's Map Runs in the order they started", async () => {
    const executionArn = await start('two-maps', TWO_MAPS, 'twice', [1, 2]);
    await describeUntil((await listOnceBoth(executionArn))[1], (d) => d.status === 'SUCCEEDED');
    const first = await sfn.send(new ListMapRunsCommand({ executionArn, maxResults: 1 }));
    expect(first.mapRuns).toHaveLength(1);
    const second = await sfn.send(new ListMapRunsCommand({ executionArn, maxResults: 1, nextToken: first.nextToken }));
    expect(second.mapRuns).toHaveLength(1);
    expect(second.nextToken).toBeUndefined();
    expect(first.mapRuns![0].startDate!.getTime()).toBeLessThanOrEqual(second.mapRuns![0].startDate!.getTime());
    expect(first.mapRuns![0].mapRunArn).not.toBe(second.mapRuns![0].mapRunArn);
  }, 60_000);

  async function listOnceBoth(executionArn: string): Promise<string[]> {
    const runs = await until(async () => (await sfn.send(new ListMapRunsCommand({ executionArn }))).mapRuns ?? [], (r) => r.length === 2, 15_000);
    return runs.map((r) => r.mapRunArn!);
  }

  it('answers bad requests with AWS errors', async () => {
    const unknown = 'arn:aws:states:us-east-1:123456789012:mapRun:approvals/batch-1:00000000-0000-4000-8000-000000000000';
    await expect(sfn.send(new DescribeMapRunCommand({ mapRunArn: unknown }))).rejects.toMatchObject({ name: 'ResourceNotFound' });
    await expect(sfn.send(new UpdateMapRunCommand({ mapRunArn: unknown, maxConcurrency: 1 }))).rejects.toMatchObject({ name: 'ResourceNotFound' });
    await expect(sfn.send(new DescribeMapRunCommand({ mapRunArn: 'arn:aws:states:us-east-1:123456789012:execution:approvals:batch-1' }))).rejects.toMatchObject({ name: 'InvalidArn' });
    await expect(sfn.send(new DescribeMapRunCommand({ mapRunArn: 'not-an-arn' }))).rejects.toMatchObject({ name: 'InvalidArn' });
    await expect(sfn.send(new UpdateMapRunCommand({ mapRunArn: unknown, toleratedFailurePercentage: 101 }))).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(sfn.send(new UpdateMapRunCommand({ mapRunArn: unknown }))).rejects.toMatchObject({ name: 'ValidationException' });
    const noExecution = 'arn:aws:states:us-east-1:123456789012:execution:approvals:nobody';
    await expect(sfn.send(new ListMapRunsCommand({ executionArn: noExecution }))).rejects.toMatchObject({ name: 'ExecutionDoesNotExist' });
    await expect(sfn.send(new ListMapRunsCommand({ executionArn: noExecution, nextToken: 'garbage' }))).rejects.toMatchObject({ name: 'InvalidToken' });
  });

  it('serves the same through REST: /v1/executions/{arn}/map-runs and /v1/map-runs/{arn}', async () => {
    const executionArn = await start('approvals-rest', APPROVE_EACH, 'batch-2', ['x', 'y']);
    await tokens(executionArn, 1);
    const rest = (path: string, init?: RequestInit) => fetch(`${stack.coordinator.url}/v1/${path}`, init);
    const listed = (await (await rest(`executions/${encodeURIComponent(executionArn)}/map-runs`)).json()) as { mapRuns: { mapRunArn: string; startDate: string }[] };
    expect(listed.mapRuns).toHaveLength(1);
    const path = `map-runs/${encodeURIComponent(listed.mapRuns[0].mapRunArn)}`;
    const patched = await rest(path, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ maxConcurrency: 2 }) });
    expect(patched.status).toBe(200);
    const described = await pollRest(() => rest(path), (d) => (d.itemCounts as { running: number }).running === 2);
    expect(described).toMatchObject({ status: 'RUNNING', maxConcurrency: 2, itemCounts: { total: 2, pending: 0 } });
    expect(typeof described.startDate).toBe('string');
    const bad = await rest(path, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ maxConcurrency: -1 }) });
    expect(bad.status).toBe(400);
    expect((await rest(`map-runs/${encodeURIComponent('arn:aws:states:us-east-1:123456789012:mapRun:x/y:z')}`)).status).toBe(404);
  }, 60_000);

  function pollRest(get: () => Promise<Response>, done: (d: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
    return until(async () => (await (await get()).json()) as Record<string, unknown>, done, 15_000);
  }
});
