import { CreateStateMachineCommand } from '@aws-sdk/client-sfn';
import { status, type Client, type ServiceError } from '@grpc/grpc-js';
import type { AppProcess } from '../support/processes';
import { executionsClient } from './support/executions-client';
import { ECHO_THEN_WAIT, ECHO_THEN_WAIT_EVENTS, ROLE } from './support/machines';
import { sfnClient, startTestStack, type TestStack } from './support/test-stack';

/** Waits five seconds: long enough to stop the coordinator in the middle. */
const LONG_WAIT = { StartAt: 'Pause', States: { Pause: { Type: 'Wait', Seconds: 5, End: true } } };

interface WatchedEvent {
  id: number;
  previousEventId: number;
  timestamp: number;
  type: string;
  details: string;
  /** When this test received it. */
  receivedAt: number;
}

type Message = Record<string, unknown>;
type ExecutionsClient = Client & Record<string, (...args: unknown[]) => unknown>;

describe('the gRPC API of a coordinator (stepwise.v1.Executions on GRPC_PORT)', () => {
  let stack: TestStack;
  let coordinator: AppProcess;
  let client: ExecutionsClient;
  let machineArn: string;
  let longWaitArn: string;

  beforeAll(async () => {
    stack = await startTestStack();
    coordinator = stack.coordinator;
    client = executionsClient(coordinator);
    const sfn = sfnClient(coordinator);
    try {
      const created = await sfn.send(new CreateStateMachineCommand({ name: 'echo-then-wait', definition: JSON.stringify(ECHO_THEN_WAIT), roleArn: ROLE }));
      machineArn = created.stateMachineArn!;
      longWaitArn = (await sfn.send(new CreateStateMachineCommand({ name: 'long-wait', definition: JSON.stringify(LONG_WAIT), roleArn: ROLE }))).stateMachineArn!;
    } finally {
      sfn.destroy();
    }
  }, 90_000);

  afterAll(async () => {
    client?.close();
    await stack?.stop();
  }, 60_000);

  function call(method: string, request: Message): Promise<Message> {
    return new Promise((resolve, reject) => {
      client[method](request, (error: ServiceError | null, response: Message) => (error ? reject(error) : resolve(response)));
    });
  }

  /** Every event WatchExecution sends, once the server ends the stream. */
  function watch(executionArn: string): Promise<WatchedEvent[]> {
    return new Promise((resolve, reject) => {
      const events: WatchedEvent[] = [];
      const stream = client.WatchExecution({ executionArn }) as NodeJS.EventEmitter;
      stream.on('data', (event: Omit<WatchedEvent, 'receivedAt'>) => events.push({ ...event, receivedAt: Date.now() }));
      stream.on('error', reject);
      stream.on('end', () => resolve(events));
    });
  }

  it('starts an execution and streams its history as it happens, ending the stream when the execution ends', async () => {
    const started = await call('StartExecution', { stateMachineArn: machineArn, name: 'first', input: JSON.stringify({ order: 42 }) });
    expect(started.executionArn).toBe('arn:aws:states:us-east-1:123456789012:execution:echo-then-wait:first');
    expect(Math.abs((started.startDate as number) - Date.now())).toBeLessThan(60_000);

    const events = await watch(started.executionArn as string);

    expect(events.map((e) => e.type)).toEqual(ECHO_THEN_WAIT_EVENTS);
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => i + 1));
    expect(events[1].previousEventId).toBe(1);
    expect(JSON.parse(events[0].details)).toMatchObject({ input: { order: 42 } });
    expect(JSON.parse(events[events.length - 1].details)).toMatchObject({ output: { order: 42 } });
    // Streamed as they happened: the start arrived about a second (the Wait) before the end.
    expect(events[events.length - 1].receivedAt - events[0].receivedAt).toBeGreaterThanOrEqual(800);

    const described = await call('DescribeExecution', { executionArn: started.executionArn });
    expect(described).toMatchObject({ status: 'SUCCEEDED', input: '{"order":42}', output: '{"order":42}', startDate: started.startDate });
    expect(described.stopDate).toBeGreaterThanOrEqual(started.startDate as number);

    // Watching an ended execution sends its whole history, then ends.
    expect((await watch(started.executionArn as string)).map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it('lists, stops and refuses like the AWS API, with gRPC status codes', async () => {
    const listed = await call('ListExecutions', { stateMachineArn: machineArn, status: 'SUCCEEDED', pageSize: 10 });
    expect((listed.executions as Message[]).map((e) => e.name)).toContain('first');

    const unknown = 'arn:aws:states:us-east-1:123456789012:execution:echo-then-wait:nobody';
    await expect(call('DescribeExecution', { executionArn: unknown })).rejects.toMatchObject({
      code: status.NOT_FOUND,
      details: expect.stringMatching(/^ExecutionDoesNotExist: /),
    });
    await expect(watch(unknown)).rejects.toMatchObject({ code: status.NOT_FOUND, details: expect.stringMatching(/^ExecutionDoesNotExist: /) });
    await expect(call('StartExecution', { stateMachineArn: `${machineArn}-missing` })).rejects.toMatchObject({
      code: status.NOT_FOUND,
      details: expect.stringMatching(/^StateMachineDoesNotExist: /),
    });
    await expect(call('StartExecution', { stateMachineArn: machineArn, input: '{not json' })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: expect.stringMatching(/^InvalidExecutionInput: /),
    });
    await expect(call('StartExecution', { stateMachineArn: machineArn, name: 'first', input: '{"other":1}' })).rejects.toMatchObject({
      code: status.ALREADY_EXISTS,
      details: expect.stringMatching(/^ExecutionAlreadyExists: /),
    });

    const running = await call('StartExecution', { stateMachineArn: machineArn, name: 'stopped' });
    const watching = watch(running.executionArn as string);
    await call('StopExecution', { executionArn: running.executionArn, error: 'Operator', cause: 'no longer needed' });
    const events = await watching;
    expect(events[events.length - 1].type).toBe('ExecutionAborted');
    expect(await call('DescribeExecution', { executionArn: running.executionArn })).toMatchObject({ status: 'ABORTED', error: 'Operator', cause: 'no longer needed' });
  });

  it('ends open watches with UNAVAILABLE when the coordinator stops, and a new watch sees the rest', async () => {
    const started = await call('StartExecution', { stateMachineArn: longWaitArn, name: 'across-restart' });
    const received: string[] = [];
    const cut = new Promise<ServiceError>((resolve, reject) => {
      const stream = client.WatchExecution({ executionArn: started.executionArn }) as NodeJS.EventEmitter;
      stream.on('data', (event: WatchedEvent) => received.push(event.type));
      stream.on('error', resolve);
      stream.on('end', () => reject(new Error('the stream ended as if the execution had ended')));
    });
    for (let i = 0; i < 100 && !received.includes('WaitStateEntered'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(received).toEqual(['ExecutionStarted', 'WaitStateEntered']);

    const exit = await coordinator.stop();
    expect(exit.signal).not.toBe('SIGKILL'); // shut down within the grace period, streams and all
    expect(await cut).toMatchObject({ code: status.UNAVAILABLE, details: expect.stringMatching(/^ServiceUnavailable: /) });

    await coordinator.restart();
    const events = await watch(started.executionArn as string);
    expect(events.map((e) => e.type)).toEqual(['ExecutionStarted', 'WaitStateEntered', 'WaitStateExited', 'ExecutionSucceeded']);
  }, 60_000);
});
