import { Redis } from 'ioredis';
import type { StateMachineDefinition } from '@lib/asl';
import { createEngine, type Engine, type ExecutionRecord } from '@lib/engine';
import { until } from '../support/eventually';
import type { AppProcess } from '../support/processes';
import { callbackMachine, lambda } from './support/machines';
import { pause, startTestStack, type TestStack } from './support/test-stack';

const heartbeating = (seconds: number) => callbackMachine({ task: { HeartbeatSeconds: seconds } });

describe('task control across processes: callbacks, heartbeats, cancellation', () => {
  let stack: TestStack;
  let coordinator: AppProcess;
  let client: Engine;

  beforeAll(async () => {
    stack = await startTestStack({ appendOnly: true, fastRecovery: true });
    coordinator = stack.coordinator;
    client = await createEngine({ redisUrl: stack.redis.url, orchestrate: false });
  }, 60_000);

  afterAll(async () => {
    await client?.close();
    await stack?.stop();
  }, 60_000);

  async function start(name: string, definition: object): Promise<ExecutionRecord> {
    return client.executions.start({
      definition: definition as StateMachineDefinition,
      stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:approvals',
      stateMachineName: 'approvals',
      name,
      input: { order: name },
    });
  }

  /** The token the task was scheduled with, read from its TaskScheduled event. */
  async function tokenOf(execution: ExecutionRecord): Promise<string> {
    const scheduled = await until(async () => (await client.executions.history(execution.arn)).find((e) => e.type === 'TaskScheduled'), (e) => e !== undefined);
    return (scheduled!.details!.parameters as { Payload: { token: string } }).Payload.token;
  }

  it('waits on its task token through a coordinator restart and resumes on SendTaskSuccess', async () => {
    const execution = await start('approved-after-restart', callbackMachine());
    const token = await tokenOf(execution);
    await coordinator.kill();
    await coordinator.restart();
    expect((await client.executions.describe(execution.arn)).status).toBe('RUNNING');
    await client.executions.sendTaskSuccess(token, { approved: true });
    const end = await client.executions.waitForEnd(execution.arn, 20_000);
    expect(end).toMatchObject({ status: 'SUCCEEDED', output: { approved: true } });
  }, 60_000);

  it('fails with States.HeartbeatTimeout when no heartbeat comes within HeartbeatSeconds', async () => {
    const execution = await start('silent', heartbeating(1));
    await tokenOf(execution);
    const end = await client.executions.waitForEnd(execution.arn, 20_000);
    expect(end).toMatchObject({ status: 'FAILED', error: 'States.HeartbeatTimeout' });
  }, 30_000);

  it('keeps waiting while heartbeats come, then succeeds', async () => {
    const execution = await start('beating', heartbeating(1));
    const token = await tokenOf(execution);
    for (let i = 0; i < 5; i++) {
      await client.executions.sendTaskHeartbeat(token);
      await pause(500);
    }
    expect((await client.executions.describe(execution.arn)).status).toBe('RUNNING');
    await client.executions.sendTaskSuccess(token, 'done');
    const end = await client.executions.waitForEnd(execution.arn, 20_000);
    expect(end).toMatchObject({ status: 'SUCCEEDED', output: 'done' });
  }, 30_000);

  it('tells the running task to cancel when the execution is stopped', async () => {
    const definition = { StartAt: 'Long', States: { Long: { Type: 'Task', Resource: lambda('untilCancelled'), End: true } } };
    const execution = await start('stopped-mid-task', definition);
    const watcher = new Redis(stack.redis.url);
    try {
      await until(() => client.executions.history(execution.arn), (history) => history.some((e) => e.type === 'LambdaFunctionScheduled'));
      await pause(200);
      await client.executions.stop(execution.arn, 'Operator', 'stopped by hand');
      const end = await client.executions.waitForEnd(execution.arn, 10_000);
      expect(end).toMatchObject({ status: 'ABORTED', error: 'Operator' });
      expect(await until(() => watcher.keys(`cancelled:${execution.id}.*`), (keys) => keys.length > 0)).toHaveLength(1);
    } finally {
      watcher.disconnect();
    }
  }, 30_000);
});
