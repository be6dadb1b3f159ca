import { Redis } from 'ioredis';
import type { StateMachineDefinition } from '@lib/asl';
import { createEngine, type Engine, type ExecutionRecord } from '@lib/engine';
import { startApp, type AppProcess } from '../support/processes';
import { startRedis, type RedisServer } from '../support/redis-server';
import { ScriptProcess } from '../support/script-process';

const callbackMachine = (heartbeatSeconds?: number) =>
  ({
    StartAt: 'Approve',
    States: {
      Approve: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
        Parameters: { FunctionName: 'handOff', Payload: { 'token.$': '$$.Task.Token' } },
        ...(heartbeatSeconds !== undefined && { HeartbeatSeconds: heartbeatSeconds }),
        End: true,
      },
    },
  }) as StateMachineDefinition;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('task control across processes: callbacks, heartbeats, cancellation', () => {
  let redis: RedisServer;
  let coordinator: AppProcess;
  let worker: ScriptProcess;
  let client: Engine;

  beforeAll(async () => {
    redis = await startRedis({ appendOnly: true });
    coordinator = await startApp('coordinator', { redisUrl: redis.url, env: { JOB_LOCK_MS: '3000', STALLED_CHECK_MS: '1000' } });
    worker = await ScriptProcess.start('test/e2e/support/test-worker.ts', [redis.url]);
    await worker.waitForLog(/serving/);
    client = await createEngine({ redisUrl: redis.url, orchestrate: false });
  }, 60_000);

  afterAll(async () => {
    await client?.close();
    await Promise.all([coordinator?.stop(), worker?.stop()]);
    await redis?.stop();
  }, 60_000);

  async function start(name: string, definition: StateMachineDefinition): Promise<ExecutionRecord> {
    return client.executions.start({
      definition,
      stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:approvals',
      stateMachineName: 'approvals',
      name,
      input: { order: name },
    });
  }

  /** The token the task was scheduled with, read from its TaskScheduled event. */
  async function tokenOf(execution: ExecutionRecord): Promise<string> {
    for (let i = 0; i < 200; i++) {
      const scheduled = (await client.executions.history(execution.arn)).find((e) => e.type === 'TaskScheduled');
      const token = (scheduled?.details?.parameters as { Payload?: { token?: string } } | undefined)?.Payload?.token;
      if (token) return token;
      await pause(25);
    }
    throw new Error(`no TaskScheduled for ${execution.arn}`);
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
    const execution = await start('silent', callbackMachine(1));
    await tokenOf(execution);
    const end = await client.executions.waitForEnd(execution.arn, 20_000);
    expect(end).toMatchObject({ status: 'FAILED', error: 'States.HeartbeatTimeout' });
  }, 30_000);

  it('keeps waiting while heartbeats come, then succeeds', async () => {
    const execution = await start('beating', callbackMachine(1));
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
    const definition = {
      StartAt: 'Long',
      States: { Long: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:untilCancelled', End: true } },
    } as StateMachineDefinition;
    const execution = await start('stopped-mid-task', definition);
    const watcher = new Redis(redis.url);
    try {
      for (let i = 0; i < 200 && !(await client.executions.history(execution.arn)).some((e) => e.type === 'LambdaFunctionScheduled'); i++) await pause(25);
      await pause(200);
      await client.executions.stop(execution.arn, 'Operator', 'stopped by hand');
      const end = await client.executions.waitForEnd(execution.arn, 10_000);
      expect(end).toMatchObject({ status: 'ABORTED', error: 'Operator' });
      let cancelled: string[] = [];
      for (let i = 0; i < 200 && cancelled.length === 0; i++) {
        cancelled = await watcher.keys(`cancelled:${execution.id}.*`);
        if (cancelled.length === 0) await pause(25);
      }
      expect(cancelled).toHaveLength(1);
    } finally {
      watcher.disconnect();
    }
  }, 30_000);
});
