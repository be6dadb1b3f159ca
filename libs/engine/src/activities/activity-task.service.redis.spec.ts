import type { StateMachineDefinition } from '@lib/asl';
import { startRedis, type RedisServer } from '../../../../test/support/redis-server';
import { eventually } from '../../../../test/support/eventually';
import { createEngine, type Engine } from '../engine';
import { ActivityNotFoundError } from '../engine.errors';
import { ActivityTaskService } from './activity-task.service';

const ARN = (name: string) => `arn:aws:states:us-east-1:123456789012:activity:${name}`;

const activityMachine = (arn: string, heartbeatSeconds?: number) =>
  ({
    StartAt: 'Review',
    States: { Review: { Type: 'Task', Resource: arn, End: true, ...(heartbeatSeconds !== undefined && { HeartbeatSeconds: heartbeatSeconds }) } },
  }) as StateMachineDefinition;

describe(ActivityTaskService.name, () => {
  let redis: RedisServer;
  let engine: Engine;
  let created = 0;

  beforeAll(async () => {
    redis = await startRedis();
    engine = await createEngine({ redisUrl: redis.url, keyPrefix: 'activity-spec', activityPollMs: 300 });
  });

  afterAll(async () => {
    await engine?.close();
    await redis?.stop();
  });

  async function newActivity(name: string) {
    return (await engine.activities.create({ arn: ARN(name), name, creationDate: ++created })).activity;
  }

  /** The activity's next task, polling until one comes. */
  function taken(activityArn: string, workerName: string) {
    return eventually(async () => {
      const task = await engine.activityTasks.getActivityTask(activityArn, workerName);
      if (!task) throw new Error('no task yet');
      return task;
    });
  }

  async function start(name: string, definition: StateMachineDefinition) {
    const stateMachine = { stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:reviews', stateMachineName: 'reviews' };
    return engine.executions.start({ ...stateMachine, definition, name, input: { doc: name } });
  }

  it('creates an activity once: a second create of the ARN answers the first, and deleting ends it', async () => {
    const first = await newActivity('once');
    const again = await engine.activities.create({ arn: first.arn, name: 'once', creationDate: 999 });
    expect(again).toEqual({ activity: first, created: false });
    expect((await engine.activities.list()).map((a) => a.name)).toContain('once');
    expect(await engine.activities.delete(first.arn)).toBe(true);
    expect(await engine.activities.exists(first.arn)).toBe(false);
    expect(await engine.activities.delete(first.arn)).toBe(false);
  });

  it('answers no task when none comes within the poll time', async () => {
    const activity = await newActivity('idle');
    await expect(engine.activityTasks.getActivityTask(activity.arn, 'w')).resolves.toBeUndefined();
  });

  it('refuses to poll an activity that does not exist', async () => {
    await expect(engine.activityTasks.getActivityTask(ARN('missing'))).rejects.toThrow(ActivityNotFoundError);
  });

  it('hands a scheduled task out once, with its token and input, and records the worker that took it', async () => {
    const activity = await newActivity('review');
    const execution = await start('doc-1', activityMachine(activity.arn));
    const task = await taken(activity.arn, 'reviewer-1');
    expect(task.input).toEqual({ doc: 'doc-1' });
    const started = (await engine.executions.history(execution.arn)).find((e) => e.type === 'ActivityStarted');
    expect(started?.details).toEqual({ workerName: 'reviewer-1' });
    await expect(engine.activityTasks.getActivityTask(activity.arn)).resolves.toBeUndefined();
    await engine.executions.sendTaskSuccess(task.taskToken, { approved: true });
    await expect(engine.executions.waitForEnd(execution.arn, 10_000)).resolves.toMatchObject({ status: 'SUCCEEDED', output: { approved: true } });
  });

  it('leaves a task that arrives after its poller went away to the next poller', async () => {
    const activity = await newActivity('left');
    const gone = new AbortController();
    const abandoned = engine.activityTasks.getActivityTask(activity.arn, 'gone', gone.signal);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the poll is waiting on the queue
    gone.abort();
    const execution = await start('doc-4', activityMachine(activity.arn));
    await expect(abandoned).resolves.toBeUndefined();
    const task = await taken(activity.arn, 'present');
    expect(task.input).toEqual({ doc: 'doc-4' });
    const started = (await engine.executions.history(execution.arn)).filter((e) => e.type === 'ActivityStarted');
    expect(started.map((e) => e.details)).toEqual([{ workerName: 'present' }]);
  });

  it('drops the task of an execution that stopped before any poller came', async () => {
    const activity = await newActivity('abandoned');
    const execution = await start('doc-2', activityMachine(activity.arn));
    await eventually(async () => expect((await engine.executions.history(execution.arn)).map((e) => e.type)).toContain('ActivityScheduled'));
    await engine.executions.stop(execution.arn);
    await engine.executions.waitForEnd(execution.arn, 10_000);
    await expect(engine.activityTasks.getActivityTask(activity.arn)).resolves.toBeUndefined();
  });

  it('fails the execution with States.Runtime when its activity does not exist', async () => {
    const execution = await start('doc-3', activityMachine(ARN('never-created')));
    await expect(engine.executions.waitForEnd(execution.arn, 10_000)).resolves.toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
  });
});
