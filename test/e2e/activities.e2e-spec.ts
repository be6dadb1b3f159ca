import {
  CreateActivityCommand,
  CreateStateMachineCommand,
  DeleteActivityCommand,
  DescribeActivityCommand,
  GetActivityTaskCommand,
  ListActivitiesCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
  type GetActivityTaskCommandOutput,
} from '@aws-sdk/client-sfn';
import { createWorker, type Worker } from '@lib/worker-sdk';
import { ROLE } from './support/machines';
import { executionEnd, executionHistory } from './support/sfn-polls';
import { sfnClient, startTestStack, type TestStack } from './support/test-stack';

/** GetActivityTask's wait (ACTIVITY_POLL_MS) in this stack: shorter than AWS's 60 s, long enough for every task here to arrive. */
const EMPTY_POLL_MS = 10_000;

const activityMachine = (activityArn: string, task: Record<string, unknown> = {}) => ({
  StartAt: 'Review',
  States: { Review: { Type: 'Task', Resource: activityArn, End: true, ...task } },
});

describe('activities through the AWS SDK', () => {
  let stack: TestStack;
  let sfn: SFNClient;
  let sdkWorker: Worker | undefined;
  /** A GetActivityTask of an activity nothing schedules, running while the other cases run. */
  let idlePoll: Promise<GetActivityTaskCommandOutput>;

  beforeAll(async () => {
    stack = await startTestStack({ env: { ACTIVITY_POLL_MS: String(EMPTY_POLL_MS) } });
    sfn = sfnClient(stack.coordinator);
    const idle = await createActivity('idle');
    idlePoll = sfn.send(new GetActivityTaskCommand({ activityArn: idle, workerName: 'idler' }));
  }, 90_000);

  afterAll(async () => {
    await sdkWorker?.shutdown();
    sfn?.destroy();
    await stack?.stop();
  }, 60_000);

  async function createActivity(name: string): Promise<string> {
    return (await sfn.send(new CreateActivityCommand({ name }))).activityArn!;
  }

  async function startMachine(name: string, definition: object, input: object = {}): Promise<string> {
    const created = await sfn.send(new CreateStateMachineCommand({ name, definition: JSON.stringify(definition), roleArn: ROLE }));
    const started = await sfn.send(new StartExecutionCommand({ stateMachineArn: created.stateMachineArn, input: JSON.stringify(input) }));
    return started.executionArn!;
  }

  const ended = (executionArn: string) => executionEnd(sfn, executionArn);

  const history = (executionArn: string, options?: { reverseOrder?: boolean; includeExecutionData?: boolean }) => executionHistory(sfn, executionArn, options);

  it('creates an activity idempotently by name, describes, lists page by page and deletes it', async () => {
    const first = await sfn.send(new CreateActivityCommand({ name: 'lifecycle', tags: [{ key: 'team', value: 'a' }] }));
    const again = await sfn.send(new CreateActivityCommand({ name: 'lifecycle', tags: [{ key: 'team', value: 'b' }] }));
    expect(first.activityArn).toBe('arn:aws:states:us-east-1:123456789012:activity:lifecycle');
    expect(again).toMatchObject({ activityArn: first.activityArn, creationDate: first.creationDate });
    await expect(sfn.send(new DescribeActivityCommand({ activityArn: first.activityArn }))).resolves.toMatchObject({
      activityArn: first.activityArn,
      name: 'lifecycle',
      creationDate: first.creationDate,
    });
    await createActivity('lifecycle-2');
    const page1 = await sfn.send(new ListActivitiesCommand({ maxResults: 1 }));
    const page2 = await sfn.send(new ListActivitiesCommand({ maxResults: 1, nextToken: page1.nextToken }));
    expect(page1.activities).toHaveLength(1);
    expect(page2.activities?.[0].activityArn).not.toBe(page1.activities?.[0].activityArn);
    await sfn.send(new DeleteActivityCommand({ activityArn: first.activityArn }));
    await expect(sfn.send(new DescribeActivityCommand({ activityArn: first.activityArn }))).rejects.toMatchObject({ name: 'ActivityDoesNotExist' });
    await expect(sfn.send(new DescribeActivityCommand({ activityArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:x' }))).rejects.toMatchObject({
      name: 'InvalidArn',
    });
  });

  it('hands the task to GetActivityTask with its input and token; SendTaskSuccess ends the state with the output', async () => {
    const activityArn = await createActivity('review');
    const executionArn = await startMachine('reviews', activityMachine(activityArn), { doc: 7 });
    const task = await sfn.send(new GetActivityTaskCommand({ activityArn, workerName: 'reviewer-1' }));
    expect(JSON.parse(task.input!)).toEqual({ doc: 7 });
    await sfn.send(new SendTaskSuccessCommand({ taskToken: task.taskToken, output: JSON.stringify({ approved: true }) }));
    expect(await ended(executionArn)).toMatchObject({ status: 'SUCCEEDED', output: '{"approved":true}' });
    const events = await history(executionArn);
    expect(events.map((e) => e.type)).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'ActivityScheduled',
      'ActivityStarted',
      'ActivitySucceeded',
      'TaskStateExited',
      'ExecutionSucceeded',
    ]);
    expect(events[2].activityScheduledEventDetails).toMatchObject({ resource: activityArn, input: '{"doc":7}' });
    expect(events[3].activityStartedEventDetails).toEqual({ workerName: 'reviewer-1' });
    expect(events[4].activitySucceededEventDetails).toMatchObject({ output: '{"approved":true}' });
  }, 30_000);

  it('stops the long poll of a caller that went away, so the task goes to the next poller', async () => {
    const activityArn = await createActivity('left-behind');
    const gone = new AbortController();
    const abandoned = sfn.send(new GetActivityTaskCommand({ activityArn, workerName: 'gone' }), { abortSignal: gone.signal });
    await new Promise((resolve) => setTimeout(resolve, 200)); // the coordinator is waiting on the queue for it
    gone.abort();
    await expect(abandoned).rejects.toThrow();
    const executionArn = await startMachine('left-behind', activityMachine(activityArn), { doc: 8 });
    const task = await sfn.send(new GetActivityTaskCommand({ activityArn, workerName: 'present' }));
    expect(JSON.parse(task.input!)).toEqual({ doc: 8 });
    await sfn.send(new SendTaskSuccessCommand({ taskToken: task.taskToken, output: '{}' }));
    expect(await ended(executionArn)).toMatchObject({ status: 'SUCCEEDED' });
    const started = (await history(executionArn)).filter((e) => e.type === 'ActivityStarted');
    expect(started.map((e) => e.activityStartedEventDetails)).toEqual([{ workerName: 'present' }]);
  }, 30_000);

  it('times the task out with States.HeartbeatTimeout when its poller sends no heartbeat', async () => {
    const activityArn = await createActivity('silent');
    const executionArn = await startMachine('silent-reviews', activityMachine(activityArn, { HeartbeatSeconds: 1 }));
    await sfn.send(new GetActivityTaskCommand({ activityArn, workerName: 'sleeper' }));
    expect(await ended(executionArn)).toMatchObject({ status: 'FAILED', error: 'States.HeartbeatTimeout' });
    const timedOut = (await history(executionArn)).find((e) => e.type === 'ActivityTimedOut');
    expect(timedOut?.activityTimedOutEventDetails).toMatchObject({ error: 'States.HeartbeatTimeout' });
  }, 30_000);

  it('serves an activity from a worker SDK handler keyed by the activity ARN', async () => {
    const activityArn = await createActivity('translate');
    sdkWorker = createWorker({ connection: { url: stack.redis.url }, handlers: { [activityArn]: (input) => ({ translated: input }) } });
    void sdkWorker.run();
    const executionArn = await startMachine('translations', activityMachine(activityArn), { text: 'hallo' });
    expect(await ended(executionArn)).toMatchObject({ status: 'SUCCEEDED', output: '{"translated":{"text":"hallo"}}' });
    expect((await history(executionArn)).map((e) => e.type)).toContain('ActivitySucceeded');
  }, 30_000);

  it('fails the execution with States.Runtime when the activity does not exist, and refuses to poll it', async () => {
    const missing = 'arn:aws:states:us-east-1:123456789012:activity:never-created';
    const executionArn = await startMachine('orphans', activityMachine(missing));
    expect(await ended(executionArn)).toMatchObject({
      status: 'FAILED',
      error: 'States.Runtime',
      cause: `An error occurred while executing the state 'Review' (entered at the event id #2). The activity ${missing} does not exist.`,
    });
    await expect(sfn.send(new GetActivityTaskCommand({ activityArn: missing }))).rejects.toMatchObject({ name: 'ActivityDoesNotExist' });
  }, 30_000);

  it('serves activities over REST too: create, describe, take a task, delete', async () => {
    const rest = (path: string, init?: RequestInit) => fetch(`${stack.coordinator.url}/v1/activities${path}`, init);
    const created = await rest('', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'rest-review' }) });
    expect(created.status).toBe(201);
    const { activityArn } = (await created.json()) as { activityArn: string };
    const at = `/${encodeURIComponent(activityArn)}`;
    expect(await (await rest(at)).json()).toMatchObject({ activityArn, name: 'rest-review', creationDate: expect.stringMatching(/^\d{4}-/) });
    await startMachine('rest-reviews', activityMachine(activityArn), { doc: 'r' });
    const task = (await (await rest(`${at}/task?workerName=rest-worker`)).json()) as { taskToken: string; input: unknown };
    expect(task.input).toEqual({ doc: 'r' });
    expect((await rest(at, { method: 'DELETE' })).status).toBe(204);
    const gone = await rest(at);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toMatchObject({ error: 'ActivityDoesNotExist' });
  }, 30_000);

  it('answers a poll that found nothing within its time with no task token', async () => {
    const idle = await idlePoll;
    expect(idle.taskToken).toBeUndefined();
    expect(idle.input).toBeUndefined();
  }, 90_000);
});
