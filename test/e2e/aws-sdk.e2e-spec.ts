import {
  CreateStateMachineCommand,
  DeleteStateMachineCommand,
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  DescribeStateMachineForExecutionCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  ListStateMachinesCommand,
  RedriveExecutionCommand,
  SendTaskFailureCommand,
  SendTaskHeartbeatCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
  StartSyncExecutionCommand,
  StopExecutionCommand,
  UpdateStateMachineCommand,
  ValidateStateMachineDefinitionCommand,
  type HistoryEvent,
  type StateMachineType,
} from '@aws-sdk/client-sfn';
import type { AppProcess } from '../support/processes';
import { callbackMachine, lambda, ROLE } from './support/machines';
import { executionEnd, executionHistory, scheduledTokens } from './support/sfn-polls';
import { sfnClient, startTestStack, type TestStack } from './support/test-stack';

/** Echo the input, then double its `n`: two tasks on the test worker. */
const PIPELINE = {
  Comment: 'echo, then double',
  StartAt: 'Echo',
  States: {
    Echo: { Type: 'Task', Resource: lambda('work'), ResultPath: '$.echoed', Next: 'Double' },
    Double: { Type: 'Task', Resource: lambda('double'), InputPath: '$.n', ResultPath: '$.doubled', End: true },
  },
};

/** A task that waits for SendTaskSuccess/SendTaskFailure. */
const APPROVAL = callbackMachine({ payload: { 'order.$': '$.order' } });

/** A date the API returned: a Date (the protocol sends epoch seconds) from the last minute. */
const recent = () => ({ asymmetricMatch: (d: unknown) => d instanceof Date && Math.abs(d.getTime() - Date.now()) < 60_000, toString: () => 'a recent Date' });

describe('the AWS SDK against a coordinator (JSON 1.0 protocol at POST /)', () => {
  let stack: TestStack;
  let coordinator: AppProcess;
  let sfn: SFNClient;

  beforeAll(async () => {
    stack = await startTestStack();
    coordinator = stack.coordinator;
    sfn = sfnClient(coordinator);
  }, 90_000);

  afterAll(async () => {
    sfn?.destroy();
    await stack?.stop();
  }, 60_000);

  async function create(name: string, definition: object, type: StateMachineType = 'STANDARD'): Promise<string> {
    const created = await sfn.send(new CreateStateMachineCommand({ name, definition: JSON.stringify(definition), roleArn: ROLE, type }));
    return created.stateMachineArn!;
  }

  const ended = (executionArn: string, redriveCount = 0) => executionEnd(sfn, executionArn, redriveCount);

  const history = (executionArn: string, options?: { reverseOrder?: boolean; includeExecutionData?: boolean }) => executionHistory(sfn, executionArn, options);

  /** The token of the latest task scheduled, once more than `scheduledBefore` have been. */
  async function latestToken(executionArn: string, scheduledBefore = 0): Promise<string> {
    return (await scheduledTokens(sfn, executionArn, scheduledBefore + 1)).at(-1)!;
  }

  it('creates state machines idempotently, describes, updates, lists them page by page and deletes them', async () => {
    const created = await sfn.send(new CreateStateMachineCommand({ name: 'orders', definition: JSON.stringify(PIPELINE, null, 2), roleArn: ROLE }));
    expect(created.stateMachineArn).toBe('arn:aws:states:us-east-1:123456789012:stateMachine:orders');
    expect(created.creationDate).toEqual(recent());

    const again = await sfn.send(new CreateStateMachineCommand({ name: 'orders', definition: JSON.stringify(PIPELINE), roleArn: ROLE }));
    expect(again).toMatchObject({ stateMachineArn: created.stateMachineArn, creationDate: created.creationDate });
    await expect(create('orders', APPROVAL)).rejects.toMatchObject({
      name: 'StateMachineAlreadyExists',
      message: `State Machine Already Exists: '${created.stateMachineArn}'`,
    });

    const described = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: created.stateMachineArn }));
    expect(described).toMatchObject({
      stateMachineArn: created.stateMachineArn,
      name: 'orders',
      status: 'ACTIVE',
      definition: JSON.stringify(PIPELINE, null, 2),
      roleArn: ROLE,
      type: 'STANDARD',
      creationDate: created.creationDate,
    });

    const updated = await sfn.send(new UpdateStateMachineCommand({ stateMachineArn: created.stateMachineArn, definition: JSON.stringify(APPROVAL) }));
    expect(updated.updateDate).toEqual(recent());
    expect(updated.revisionId).toEqual(expect.any(String));
    const afterUpdate = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: created.stateMachineArn }));
    expect(JSON.parse(afterUpdate.definition!)).toEqual(APPROVAL);
    expect(afterUpdate.revisionId).toBe(updated.revisionId);

    for (const name of ['page-a', 'page-b', 'page-c', 'page-d']) await create(name, PIPELINE);
    const names: string[] = [];
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const page = await sfn.send(new ListStateMachinesCommand({ maxResults: 2, nextToken }));
      expect(page.stateMachines!.length).toBeLessThanOrEqual(2);
      names.push(...page.stateMachines!.map((m) => m.name!));
      expect(page.stateMachines!.every((m) => m.type === 'STANDARD' && m.creationDate instanceof Date)).toBe(true);
      nextToken = page.nextToken;
      pages++;
    } while (nextToken);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(names).toEqual(expect.arrayContaining(['orders', 'page-a', 'page-b', 'page-c', 'page-d']));
    expect(new Set(names).size).toBe(names.length);

    const doomed = 'arn:aws:states:us-east-1:123456789012:stateMachine:page-d';
    await sfn.send(new DeleteStateMachineCommand({ stateMachineArn: doomed }));
    await expect(sfn.send(new DescribeStateMachineCommand({ stateMachineArn: doomed }))).rejects.toMatchObject({ name: 'StateMachineDoesNotExist' });
    await sfn.send(new DeleteStateMachineCommand({ stateMachineArn: doomed })); // deleting again is no error, as on AWS
  });

  it('validates definitions as ValidateStateMachineDefinition does', async () => {
    const ok = await sfn.send(new ValidateStateMachineDefinitionCommand({ definition: JSON.stringify(PIPELINE) }));
    expect(ok).toMatchObject({ result: 'OK', diagnostics: [] });
    const express = await sfn.send(new ValidateStateMachineDefinitionCommand({ definition: JSON.stringify(APPROVAL), type: 'EXPRESS' }));
    expect(express.result).toBe('FAIL');
  });

  it('starts an execution, describes it until it ends, and gives its history in AWS shape, page by page', async () => {
    const machineArn = await create('pipeline', PIPELINE);
    const started = await sfn.send(new StartExecutionCommand({ stateMachineArn: machineArn, name: 'first', input: JSON.stringify({ n: 21 }) }));
    expect(started.executionArn).toBe('arn:aws:states:us-east-1:123456789012:execution:pipeline:first');
    expect(started.startDate).toEqual(recent());

    const end = await ended(started.executionArn!);
    expect(end).toMatchObject({ executionArn: started.executionArn, stateMachineArn: machineArn, name: 'first', status: 'SUCCEEDED', input: '{"n":21}' });
    expect(JSON.parse(end.output!)).toEqual({ n: 21, echoed: { n: 21 }, doubled: 42 });
    expect(end.startDate!.getTime()).toBe(started.startDate!.getTime());
    expect(end.stopDate).toEqual(recent());
    expect(end.stopDate!.getTime()).toBeGreaterThanOrEqual(end.startDate!.getTime());
    expect(end.redriveStatus).toBe('NOT_REDRIVABLE');

    const events = await history(started.executionArn!);
    expect(events.map((e) => e.type)).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionSucceeded',
      'TaskStateExited',
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionSucceeded',
      'TaskStateExited',
      'ExecutionSucceeded',
    ]);
    expect(events.map((e) => e.id)).toEqual(events.map((_e, i) => i + 1));
    expect(events[0]).toMatchObject({ previousEventId: 0, executionStartedEventDetails: { input: '{"n":21}', roleArn: ROLE } });
    expect(events[0].timestamp).toEqual(recent());
    expect(events[1].stateEnteredEventDetails).toMatchObject({ name: 'Echo', input: '{"n":21}' });
    expect(events[2].lambdaFunctionScheduledEventDetails).toMatchObject({ resource: lambda('work'), input: '{"n":21}' });
    expect(events[9].lambdaFunctionSucceededEventDetails).toMatchObject({ output: '42' });
    expect(JSON.parse(events[11].executionSucceededEventDetails!.output!)).toEqual({ n: 21, echoed: { n: 21 }, doubled: 42 });

    const paged: HistoryEvent[] = [];
    let nextToken: string | undefined;
    do {
      const page = await sfn.send(new GetExecutionHistoryCommand({ executionArn: started.executionArn, maxResults: 5, nextToken }));
      paged.push(...page.events!);
      nextToken = page.nextToken;
    } while (nextToken);
    expect(paged).toEqual(events);

    const reversed = await sfn.send(new GetExecutionHistoryCommand({ executionArn: started.executionArn, reverseOrder: true, maxResults: 2 }));
    expect(reversed.events!.map((e) => e.type)).toEqual(['ExecutionSucceeded', 'TaskStateExited']);
    const rest = await sfn.send(new GetExecutionHistoryCommand({ executionArn: started.executionArn, reverseOrder: true, nextToken: reversed.nextToken }));
    expect(rest.events!.map((e) => e.id)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);

    const withoutData = await history(started.executionArn!, { includeExecutionData: false });
    expect(withoutData[0].executionStartedEventDetails).not.toHaveProperty('input');
    expect(withoutData[0].executionStartedEventDetails).toMatchObject({ roleArn: ROLE });

    const forExecution = await sfn.send(new DescribeStateMachineForExecutionCommand({ executionArn: started.executionArn }));
    expect(forExecution).toMatchObject({ stateMachineArn: machineArn, name: 'pipeline', roleArn: ROLE, definition: JSON.stringify(PIPELINE) });
    expect(forExecution.updateDate).toBeInstanceOf(Date);

    await expect(
      sfn.send(new StartExecutionCommand({ stateMachineArn: machineArn, name: 'first', input: JSON.stringify({ n: 1 }) })),
    ).rejects.toMatchObject({ name: 'ExecutionAlreadyExists', message: `Execution Already Exists: '${started.executionArn}'` });
  });

  it('lists the executions of a state machine, newest first, filtered by status and page by page', async () => {
    const machineArn = await create('listed', PIPELINE);
    const arns: string[] = [];
    for (const n of [1, 2, 3]) {
      const started = await sfn.send(new StartExecutionCommand({ stateMachineArn: machineArn, input: JSON.stringify({ n }) }));
      expect(started.executionArn).toMatch(/^arn:aws:states:us-east-1:123456789012:execution:listed:[0-9a-f-]{36}$/);
      arns.push(started.executionArn!);
      await ended(started.executionArn!);
    }
    const listed: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await sfn.send(new ListExecutionsCommand({ stateMachineArn: machineArn, maxResults: 2, nextToken }));
      expect(page.executions!.length).toBeLessThanOrEqual(2);
      for (const e of page.executions!) expect(e).toMatchObject({ stateMachineArn: machineArn, status: 'SUCCEEDED', redriveCount: 0 });
      listed.push(...page.executions!.map((e) => e.executionArn!));
      nextToken = page.nextToken;
    } while (nextToken);
    expect(listed).toEqual([...arns].reverse());
    const running = await sfn.send(new ListExecutionsCommand({ stateMachineArn: machineArn, statusFilter: 'RUNNING' }));
    expect(running.executions).toEqual([]);
    await expect(sfn.send(new ListExecutionsCommand({ stateMachineArn: machineArn, nextToken: 'not-a-token' }))).rejects.toMatchObject({ name: 'InvalidToken' });
  });

  it('runs an Express state machine with StartSyncExecution and answers with its end', async () => {
    const machineArn = await create('express-double', { StartAt: 'Double', States: { Double: { Type: 'Task', Resource: lambda('double'), End: true } } }, 'EXPRESS');
    const done = await sfn.send(new StartSyncExecutionCommand({ stateMachineArn: machineArn, name: 'sync-1', input: '21' }));
    expect(done).toMatchObject({ stateMachineArn: machineArn, name: 'sync-1', status: 'SUCCEEDED', input: '21', output: '42' });
    expect(done.executionArn).toMatch(/^arn:aws:states:us-east-1:123456789012:express:express-double:sync-1:/);
    expect(done.startDate).toEqual(recent());
    expect(done.stopDate!.getTime()).toBeGreaterThanOrEqual(done.startDate!.getTime());
    expect(done.billingDetails).toMatchObject({ billedMemoryUsedInMB: 64, billedDurationInMilliseconds: expect.any(Number) });

    const boomArn = await create('express-boom', { StartAt: 'Boom', States: { Boom: { Type: 'Task', Resource: lambda('boom'), End: true } } }, 'EXPRESS');
    const failed = await sfn.send(new StartSyncExecutionCommand({ stateMachineArn: boomArn }));
    expect(failed).toMatchObject({ status: 'FAILED', error: 'Boom', cause: 'this task always fails' });
    expect(failed.output).toBeUndefined();

    const standardArn = await create('not-express', PIPELINE);
    await expect(sfn.send(new StartSyncExecutionCommand({ stateMachineArn: standardArn }))).rejects.toMatchObject({ name: 'StateMachineTypeNotSupported' });
  });

  it('answers a callback task with SendTaskHeartbeat and SendTaskSuccess, and refuses a used or bad token', async () => {
    const machineArn = await create('approvals', APPROVAL);
    const input = JSON.stringify({ order: 7 });
    const started = await sfn.send(new StartExecutionCommand({ stateMachineArn: machineArn, name: 'order-7', input }));
    const token = await latestToken(started.executionArn!);
    const again = await sfn.send(new StartExecutionCommand({ stateMachineArn: machineArn, name: 'order-7', input }));
    expect(again.executionArn).toBe(started.executionArn); // same name and input while running: the same execution
    await expect(sfn.send(new StartExecutionCommand({ stateMachineArn: machineArn, name: 'order-7', input: '{"order":8}' }))).rejects.toMatchObject({
      name: 'ExecutionAlreadyExists',
    });

    await sfn.send(new SendTaskHeartbeatCommand({ taskToken: token }));
    await sfn.send(new SendTaskSuccessCommand({ taskToken: token, output: JSON.stringify({ approved: true }) }));
    const end = await ended(started.executionArn!);
    expect(end.status).toBe('SUCCEEDED');
    expect(JSON.parse(end.output!)).toEqual({ approved: true });

    // A token whose task no longer waits: AWS answers TaskTimedOut.
    await expect(sfn.send(new SendTaskSuccessCommand({ taskToken: token, output: '{}' }))).rejects.toMatchObject({ name: 'TaskTimedOut' });
    await expect(sfn.send(new SendTaskSuccessCommand({ taskToken: 'not-a-token', output: '{}' }))).rejects.toMatchObject({ name: 'InvalidToken' });
    await expect(sfn.send(new SendTaskHeartbeatCommand({ taskToken: 'not-a-token' }))).rejects.toMatchObject({ name: 'InvalidToken' });
    await expect(sfn.send(new SendTaskSuccessCommand({ taskToken: token, output: '{not json' }))).rejects.toMatchObject({ name: 'InvalidOutput' });
  });

  it('redrives a failed execution, which then waits on a new token and succeeds', async () => {
    const machineArn = await create('redriven', APPROVAL);
    const started = await sfn.send(new StartExecutionCommand({ stateMachineArn: machineArn, input: JSON.stringify({ order: 9 }) }));
    await sfn.send(new SendTaskFailureCommand({ taskToken: await latestToken(started.executionArn!), error: 'Rejected', cause: 'not today' }));
    const failed = await ended(started.executionArn!);
    expect(failed).toMatchObject({ status: 'FAILED', error: 'Rejected', cause: 'not today', redriveStatus: 'REDRIVABLE', redriveCount: 0 });

    const redriven = await sfn.send(new RedriveExecutionCommand({ executionArn: started.executionArn }));
    expect(redriven.redriveDate).toEqual(recent());
    await sfn.send(new SendTaskSuccessCommand({ taskToken: await latestToken(started.executionArn!, 1), output: '"approved"' }));
    const end = await ended(started.executionArn!, 1);
    expect(end).toMatchObject({ status: 'SUCCEEDED', output: '"approved"', redriveCount: 1 });
    expect(end.redriveDate).toBeInstanceOf(Date);
    expect((await history(started.executionArn!)).map((e) => e.type)).toContain('ExecutionRedriven');

    await expect(sfn.send(new RedriveExecutionCommand({ executionArn: started.executionArn }))).rejects.toMatchObject({ name: 'ExecutionNotRedrivable' });
  });

  it('stops a running execution with StopExecution', async () => {
    const machineArn = await create('stoppable', APPROVAL);
    const started = await sfn.send(new StartExecutionCommand({ stateMachineArn: machineArn, input: '{"order":1}' }));
    await latestToken(started.executionArn!);
    const stopped = await sfn.send(new StopExecutionCommand({ executionArn: started.executionArn, error: 'Operator', cause: 'stopped by hand' }));
    expect(stopped.stopDate).toEqual(recent());
    const end = await ended(started.executionArn!);
    expect(end).toMatchObject({ status: 'ABORTED', error: 'Operator', cause: 'stopped by hand' });
    const again = await sfn.send(new StopExecutionCommand({ executionArn: started.executionArn }));
    expect(again.stopDate).toEqual(end.stopDate);
  });

  it('answers bad requests with AWS error types, never a server error', async () => {
    const missing = 'arn:aws:states:us-east-1:123456789012:stateMachine:nope';
    await expect(sfn.send(new DescribeStateMachineCommand({ stateMachineArn: missing }))).rejects.toMatchObject({
      name: 'StateMachineDoesNotExist',
      message: `State Machine Does Not Exist: '${missing}'`,
      $metadata: { httpStatusCode: 400 },
    });
    await expect(sfn.send(new StartExecutionCommand({ stateMachineArn: missing }))).rejects.toMatchObject({ name: 'StateMachineDoesNotExist' });

    const invalid = sfn.send(new CreateStateMachineCommand({ name: 'broken', definition: JSON.stringify({ StartAt: 'Gone', States: {} }), roleArn: ROLE }));
    await expect(invalid).rejects.toMatchObject({ name: 'InvalidDefinition', message: expect.stringMatching(/^Invalid State Machine Definition: '/) });
    await expect(sfn.send(new CreateStateMachineCommand({ name: 'broken', definition: '{"StartAt":', roleArn: ROLE }))).rejects.toMatchObject({
      name: 'InvalidDefinition',
    });
    await expect(sfn.send(new CreateStateMachineCommand({ name: 'has space', definition: JSON.stringify(PIPELINE), roleArn: ROLE }))).rejects.toMatchObject({
      name: 'InvalidName',
    });
    await expect(sfn.send(new CreateStateMachineCommand({ name: 'x'.repeat(81), definition: JSON.stringify(PIPELINE), roleArn: ROLE }))).rejects.toMatchObject({
      name: 'ValidationException',
    });

    const machineArn = await create('strict', PIPELINE);
    await expect(sfn.send(new StartExecutionCommand({ stateMachineArn: machineArn, input: 'not json' }))).rejects.toMatchObject({ name: 'InvalidExecutionInput' });
    await expect(sfn.send(new StartExecutionCommand({ stateMachineArn: machineArn, input: JSON.stringify('x'.repeat(262_144)) }))).rejects.toMatchObject({
      name: 'ValidationException',
    });
    await expect(sfn.send(new StartExecutionCommand({ stateMachineArn: machineArn, name: 'a/b' }))).rejects.toMatchObject({ name: 'InvalidName' });

    await expect(sfn.send(new DescribeExecutionCommand({ executionArn: machineArn }))).rejects.toMatchObject({ name: 'InvalidArn' });
    await expect(sfn.send(new DescribeStateMachineCommand({ stateMachineArn: 'not-an-arn' }))).rejects.toMatchObject({ name: 'InvalidArn' });
    const policyArn = 'arn:aws:iam::aws:policy/AWSBatchFullAccess';
    await expect(sfn.send(new CreateStateMachineCommand({ name: 'no-role', definition: JSON.stringify(PIPELINE), roleArn: policyArn }))).rejects.toMatchObject({
      name: 'InvalidArn',
      message: `Invalid Role Arn: '${policyArn}'`,
    });
    const unknownExecution = 'arn:aws:states:us-east-1:123456789012:execution:strict:never-started';
    await expect(sfn.send(new DescribeExecutionCommand({ executionArn: unknownExecution }))).rejects.toMatchObject({
      name: 'ExecutionDoesNotExist',
      message: `Execution Does Not Exist: '${unknownExecution}'`,
    });
    await expect(sfn.send(new GetExecutionHistoryCommand({ executionArn: unknownExecution }))).rejects.toMatchObject({ name: 'ExecutionDoesNotExist' });
    await expect(sfn.send(new StopExecutionCommand({ executionArn: unknownExecution }))).rejects.toMatchObject({ name: 'ExecutionDoesNotExist' });
    expect(coordinator.logs()).not.toMatch(/InternalFailure|ERROR \[AwsApi\]/);
  });
});
