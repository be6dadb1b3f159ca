import { ListStateMachinesCommand } from '@aws-sdk/client-sfn';
import { eventually } from '../support/eventually';
import { callbackMachine, ECHO_THEN_WAIT, ECHO_THEN_WAIT_EVENTS, lambda } from './support/machines';
import { sfnClient, startTestStack, type TestStack } from './support/test-stack';

const SM = 'arn:aws:states:us-east-1:123456789012:stateMachine:';

/** A callback task: the execution waits for SendTask*. */
const CALLBACK = callbackMachine({ payload: { 'order.$': '$.order' } });

/** A task that runs until it is cancelled. */
const FOREVER = { StartAt: 'Hold', States: { Hold: { Type: 'Task', Resource: lambda('untilCancelled'), End: true } } };

const FAILING = { StartAt: 'Boom', States: { Boom: { Type: 'Task', Resource: lambda('boom'), End: true } } };

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

interface StreamedEvent {
  id?: string;
  event: string;
  data: Record<string, unknown>;
}

describe('the REST API of a coordinator (/v1)', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  }, 90_000);

  afterAll(async () => {
    await stack?.stop();
  }, 60_000);

  async function rest(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(`${stack.coordinator.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
  }

  const enc = encodeURIComponent;

  async function createMachine(name: string, definition: object): Promise<string> {
    const created = await rest('POST', '/v1/state-machines', { name, definition });
    expect(created).toMatchObject({ status: 201 });
    return created.body.stateMachineArn as string;
  }

  async function start(machineArn: string, body: object): Promise<string> {
    const started = await rest('POST', `/v1/state-machines/${enc(machineArn)}/executions`, body);
    expect(started).toMatchObject({ status: 201 });
    return started.body.executionArn as string;
  }

  /** Every Server-Sent Event of a stream, once the server closes it. */
  async function readEvents(path: string, headers: Record<string, string> = {}): Promise<StreamedEvent[]> {
    const response = await fetch(`${stack.coordinator.url}${path}`, { headers });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const text = await response.text();
    return text
      .split('\n\n')
      .filter((block) => block.trim() !== '' && !block.startsWith(':'))
      .map((block) => {
        const fields = Object.fromEntries(block.split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]));
        return { ...(fields.id !== undefined && { id: fields.id }), event: fields.event, data: JSON.parse(fields.data) as Record<string, unknown> };
      });
  }

  it('creates, lists, describes, updates, validates and deletes state machines', async () => {
    const arn = await createMachine('rest-echo', ECHO_THEN_WAIT);
    expect(arn).toBe(`${SM}rest-echo`);
    // Idempotent with the same definition; a different one is a conflict.
    expect((await rest('POST', '/v1/state-machines', { name: 'rest-echo', definition: JSON.stringify(ECHO_THEN_WAIT) })).status).toBe(201);
    expect(await rest('POST', '/v1/state-machines', { name: 'rest-echo', definition: FOREVER })).toMatchObject({ status: 409, body: { error: 'StateMachineAlreadyExists' } });

    const listed = await rest('GET', '/v1/state-machines?maxResults=1000');
    expect(listed.status).toBe(200);
    expect(listed.body.stateMachines).toContainEqual({ stateMachineArn: arn, name: 'rest-echo', type: 'STANDARD', creationDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });

    const described = await rest('GET', `/v1/state-machines/${enc(arn)}`);
    expect(described).toMatchObject({ status: 200, body: { stateMachineArn: arn, status: 'ACTIVE', type: 'STANDARD' } });
    expect(JSON.parse(described.body.definition as string)).toEqual(ECHO_THEN_WAIT);

    const updated = await rest('PUT', `/v1/state-machines/${enc(arn)}`, { definition: FOREVER, publish: true, versionDescription: 'forever' });
    expect(updated).toMatchObject({ status: 200, body: { stateMachineVersionArn: `${arn}:1` } });
    expect(Date.parse(updated.body.updateDate as string)).toBeGreaterThan(0);
    expect(JSON.parse((await rest('GET', `/v1/state-machines/${enc(arn)}`)).body.definition as string)).toEqual(FOREVER);

    expect(await rest('POST', '/v1/state-machines/validate', { definition: ECHO_THEN_WAIT })).toMatchObject({ status: 200, body: { result: 'OK', diagnostics: [] } });
    const invalid = await rest('POST', '/v1/state-machines/validate', { definition: { StartAt: 'Nowhere', States: {} } });
    expect(invalid.body.result).toBe('FAIL');
    expect((invalid.body.diagnostics as unknown[]).length).toBeGreaterThan(0);

    const deleted = await rest('DELETE', `/v1/state-machines/${enc(arn)}`);
    expect(deleted.status).toBe(204);
    expect(await rest('GET', `/v1/state-machines/${enc(arn)}`)).toMatchObject({ status: 404, body: { error: 'StateMachineDoesNotExist' } });
  });

  it('starts an execution and streams its history until it ends, then describes, lists and pages it', async () => {
    const machine = await createMachine('rest-stream', ECHO_THEN_WAIT);
    const arn = await start(machine, { name: 'first', input: { order: 42 } });
    expect(arn).toBe('arn:aws:states:us-east-1:123456789012:execution:rest-stream:first');

    const events = await readEvents(`/v1/executions/${enc(arn)}/events`);
    const history = events.filter((e) => e.event === 'history');
    expect(history.map((e) => e.data.type)).toEqual(ECHO_THEN_WAIT_EVENTS);
    expect(history.map((e) => Number(e.id))).toEqual(history.map((_, i) => i + 1));
    expect(history[0].data).toMatchObject({ id: 1, executionStartedEventDetails: { input: '{"order":42}' }, timestamp: expect.stringMatching(/Z$/) });
    expect(events[events.length - 1]).toEqual({ event: 'end', data: { status: 'SUCCEEDED' } });

    // Resuming: after ?after= or the Last-Event-ID an EventSource sends.
    expect((await readEvents(`/v1/executions/${enc(arn)}/events?after=7`)).map((e) => e.id)).toEqual(['8', '9', undefined]);
    expect((await readEvents(`/v1/executions/${enc(arn)}/events`, { 'Last-Event-ID': '8' })).map((e) => e.id)).toEqual(['9', undefined]);

    const described = await rest('GET', `/v1/executions/${enc(arn)}`);
    expect(described).toMatchObject({ status: 200, body: { executionArn: arn, status: 'SUCCEEDED', input: '{"order":42}', output: '{"order":42}' } });
    expect(Date.parse(described.body.stopDate as string)).toBeGreaterThanOrEqual(Date.parse(described.body.startDate as string));

    const ran = await rest('GET', `/v1/executions/${enc(arn)}/state-machine`);
    expect(ran).toMatchObject({ status: 200, body: { stateMachineArn: machine, name: 'rest-stream' } });
    expect(JSON.parse(ran.body.definition as string)).toEqual(ECHO_THEN_WAIT);

    const listed = await rest('GET', `/v1/executions?stateMachineArn=${enc(machine)}&statusFilter=SUCCEEDED`);
    expect((listed.body.executions as { name: string }[]).map((e) => e.name)).toEqual(['first']);
    expect((await rest('GET', `/v1/executions?stateMachineArn=${enc(machine)}&statusFilter=RUNNING`)).body.executions).toEqual([]);

    const first = await rest('GET', `/v1/executions/${enc(arn)}/history?maxResults=5`);
    expect((first.body.events as { id: number }[]).map((e) => e.id)).toEqual([1, 2, 3, 4, 5]);
    const rest2 = await rest('GET', `/v1/executions/${enc(arn)}/history?maxResults=5&nextToken=${enc(first.body.nextToken as string)}`);
    expect((rest2.body.events as { id: number }[]).map((e) => e.id)).toEqual([6, 7, 8, 9]);
    expect(rest2.body.nextToken).toBeUndefined();
    const newest = await rest('GET', `/v1/executions/${enc(arn)}/history?maxResults=1&reverseOrder=true`);
    expect((newest.body.events as { type: string }[])[0].type).toBe('ExecutionSucceeded');
  });

  it('lists a pending callback in /v1/task-tokens with its input, and completes it there', async () => {
    const machine = await createMachine('rest-callback', CALLBACK);
    const arn = await start(machine, { name: 'approve-7', input: { order: 7 } });

    const pending = await eventually(async () => {
      const listed = await rest('GET', '/v1/task-tokens');
      const mine = (listed.body.tasks as Record<string, unknown>[]).find((t) => t.executionArn === arn);
      expect(mine).toBeDefined();
      return mine!;
    }, 15_000);
    expect(pending).toMatchObject({
      stateMachineArn: machine,
      stateName: 'Approve',
      resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      input: { FunctionName: 'handOff', Payload: { token: pending.taskToken, order: 7 } },
    });
    expect(Date.parse(pending.scheduledDate as string)).toBeGreaterThan(0);

    const tasks = await rest('GET', `/v1/executions/${enc(arn)}/tasks`);
    expect(tasks.body.tasks).toEqual([
      expect.objectContaining({ stateName: 'Approve', queue: 'stepwise-task-handOff', attempt: 1, bullBoardUrl: expect.stringMatching(/^\/queues\/queue\/stepwise-task-handOff\//) }),
    ]);

    expect(await rest('POST', '/v1/task-tokens/heartbeat', { taskToken: pending.taskToken })).toEqual({ status: 200, body: {} });
    expect(await rest('POST', '/v1/task-tokens/success', { taskToken: pending.taskToken, output: { approved: true } })).toEqual({ status: 200, body: {} });
    const ended = await readEvents(`/v1/executions/${enc(arn)}/events`);
    expect(ended[ended.length - 1].data).toEqual({ status: 'SUCCEEDED' });
    expect((await rest('GET', `/v1/executions/${enc(arn)}`)).body.output).toBe('{"approved":true}');
    expect(((await rest('GET', '/v1/task-tokens')).body.tasks as { executionArn: string }[]).map((t) => t.executionArn)).not.toContain(arn);
    // The task no longer waits on its token.
    expect((await rest('POST', '/v1/task-tokens/success', { taskToken: pending.taskToken, output: 1 })).body.error).toBe('TaskTimedOut');

    const refused = await start(machine, { name: 'refuse-8', input: { order: 8 } });
    const token = await eventually(async () => {
      const mine = ((await rest('GET', '/v1/task-tokens')).body.tasks as { executionArn: string; taskToken: string }[]).find((t) => t.executionArn === refused);
      expect(mine).toBeDefined();
      return mine!.taskToken;
    }, 15_000);
    expect(await rest('POST', '/v1/task-tokens/failure', { taskToken: token, error: 'Order.Refused', cause: 'no stock' })).toEqual({ status: 200, body: {} });
    const failed = await readEvents(`/v1/executions/${enc(refused)}/events`);
    expect(failed[failed.length - 1].data).toEqual({ status: 'FAILED' });
    expect((await rest('GET', `/v1/executions/${enc(refused)}`)).body).toMatchObject({ error: 'Order.Refused', cause: 'no stock' });
  });

  it('pages pending callbacks, several of one execution included', async () => {
    // State names are unique across a whole definition.
    const branch = (order: number) => callbackMachine({ state: `Approve${order}`, payload: { order } });
    const both = { StartAt: 'Both', States: { Both: { Type: 'Parallel', Branches: [branch(1), branch(2), branch(3)], End: true } } };
    const arn = await start(await createMachine('rest-callbacks', both), {});
    const pages: { executionArn: string; input: { Payload: { order: number } } }[][] = [];
    await eventually(async () => {
      pages.length = 0;
      let token: string | undefined;
      do {
        const page = await rest('GET', `/v1/task-tokens?maxResults=2${token ? `&nextToken=${enc(token)}` : ''}`);
        pages.push(page.body.tasks as (typeof pages)[number]);
        token = page.body.nextToken as string | undefined;
      } while (token !== undefined);
      expect(pages.flat().filter((t) => t.executionArn === arn)).toHaveLength(3);
    }, 15_000);
    expect(pages.every((page) => page.length <= 2)).toBe(true);
    const orders = pages.flat().filter((t) => t.executionArn === arn).map((t) => t.input.Payload.order);
    expect(orders.sort()).toEqual([1, 2, 3]);
    await rest('POST', `/v1/executions/${enc(arn)}/stop`, {});
  });

  it("shows a running task's BullMQ job and the worker holding it, then stops and redrives executions", async () => {
    const arn = await start(await createMachine('rest-forever', FOREVER), { name: 'held' });
    const task = await eventually(async () => {
      const [only] = (await rest('GET', `/v1/executions/${enc(arn)}/tasks`)).body.tasks as Record<string, unknown>[];
      expect(only).toMatchObject({ state: 'active', worker: expect.stringMatching(/^.+:\d+$/) });
      return only;
    }, 15_000);
    expect(task).toMatchObject({ stateName: 'Hold', queue: 'stepwise-task-untilCancelled', attempt: 1 });
    expect(task.worker).toBe(`${(task.worker as string).split(':')[0]}:${stack.workers[0].pid}`);

    const stopped = await rest('POST', `/v1/executions/${enc(arn)}/stop`, { error: 'Operator', cause: 'enough' });
    expect(stopped.status).toBe(200);
    const events = await readEvents(`/v1/executions/${enc(arn)}/events`);
    expect(events[events.length - 1].data).toEqual({ status: 'ABORTED' });
    expect((await rest('GET', `/v1/executions/${enc(arn)}/tasks`)).body.tasks).toEqual([]);

    const failing = await start(await createMachine('rest-failing', FAILING), {});
    await readEvents(`/v1/executions/${enc(failing)}/events`);
    expect(await rest('POST', `/v1/executions/${enc(failing)}/redrive`)).toMatchObject({ status: 200, body: { redriveDate: expect.stringMatching(/Z$/) } });
    await eventually(async () => expect((await rest('GET', `/v1/executions/${enc(failing)}`)).body).toMatchObject({ status: 'FAILED', redriveCount: 1 }), 15_000);
  });

  it('publishes a version and routes an alias of the state machine in the path to it, and only to its own versions', async () => {
    const orders = await createMachine('rest-alias-orders', ECHO_THEN_WAIT);
    const other = await createMachine('rest-alias-other', ECHO_THEN_WAIT);
    const published = await rest('POST', `/v1/state-machines/${enc(orders)}/versions`, {});
    expect(published).toMatchObject({ status: 201, body: { stateMachineVersionArn: `${orders}:1` } });
    const routing = [{ stateMachineVersionArn: `${orders}:1`, weight: 100 }];

    const created = await rest('POST', `/v1/state-machines/${enc(orders)}/aliases`, { name: 'live', routingConfiguration: routing });
    expect(created).toMatchObject({ status: 201, body: { stateMachineAliasArn: `${orders}:live` } });
    const elsewhere = await rest('POST', `/v1/state-machines/${enc(other)}/aliases`, { name: 'live', routingConfiguration: routing });
    expect(elsewhere).toMatchObject({ status: 400, body: { error: 'ValidationException', message: expect.stringContaining('state machine in the path') } });
  });

  it('answers bad input with the error body and its status, never a 500', async () => {
    const missing = await rest('POST', '/v1/state-machines', { definition: ECHO_THEN_WAIT });
    expect(missing).toMatchObject({ status: 400, body: { error: 'ValidationException', message: expect.stringContaining('name') } });
    expect((await rest('POST', '/v1/state-machines', { name: 'x'.repeat(81), definition: 5 })).body.message).toMatch(/^2 validation errors detected/);
    expect(await rest('POST', '/v1/state-machines', '{"name": "broken",')).toMatchObject({ status: 400, body: { error: 'ValidationException' } });
    expect(await rest('POST', '/v1/state-machines', { name: 'bad', definition: { StartAt: 'X', States: {} } })).toMatchObject({ status: 400, body: { error: 'InvalidDefinition' } });
    expect(await rest('POST', '/v1/state-machines', { name: 'bad name', definition: ECHO_THEN_WAIT })).toMatchObject({ status: 400, body: { error: 'InvalidName' } });
    expect(await rest('GET', '/v1/state-machines?maxResults=0')).toMatchObject({ status: 400, body: { error: 'ValidationException' } });
    expect(await rest('GET', '/v1/executions?statusFilter=DONE')).toMatchObject({ status: 400, body: { error: 'ValidationException' } });
    expect(await rest('GET', '/v1/executions?nextToken=nonsense')).toMatchObject({ status: 400, body: { error: 'InvalidToken' } });
    expect(await rest('GET', `/v1/executions/${enc('arn:aws:states:us-east-1:123456789012:execution:nobody:none')}`)).toMatchObject({ status: 404, body: { error: 'ExecutionDoesNotExist' } });
    expect(await rest('GET', `/v1/executions/${enc('arn:aws:states:us-east-1:123456789012:execution:nobody:none')}/events`)).toMatchObject({ status: 404, body: { error: 'ExecutionDoesNotExist' } });
    expect(await rest('GET', `/v1/executions/${enc('arn:aws:states:us-east-1:123456789012:execution:nobody:none')}/tasks`)).toMatchObject({ status: 404 });
    expect(await rest('GET', '/v1/executions/not-an-arn')).toMatchObject({ status: 400, body: { error: 'InvalidArn' } });
    expect(await rest('POST', `/v1/state-machines/${enc(`${SM}nobody`)}/executions`, {})).toMatchObject({ status: 404, body: { error: 'StateMachineDoesNotExist' } });
    const unencoded = await rest('GET', '/v1/executions/arn:aws:states:us-east-1:123456789012:execution/sm/name');
    expect(unencoded).toMatchObject({ status: 404, body: { error: 'NotFound', message: expect.stringContaining('URL-encoded') } });
    expect(await rest('POST', '/v1/task-tokens/success', { taskToken: 'forged', output: {} })).toMatchObject({ status: 400, body: { error: 'InvalidToken' } });
    expect(await rest('POST', '/v1/task-tokens/success', { taskToken: 'forged' })).toMatchObject({ status: 400, body: { error: 'ValidationException' } });

    const machine = await createMachine('rest-limits', ECHO_THEN_WAIT);
    const tooLarge = await rest('POST', `/v1/state-machines/${enc(machine)}/executions`, { input: { text: 'x'.repeat(400 * 1024) } });
    expect(tooLarge).toMatchObject({ status: 413, body: { error: 'ValidationException' } });
    const justOver = await rest('POST', `/v1/state-machines/${enc(machine)}/executions`, { input: 'x'.repeat(256 * 1024) });
    expect(justOver).toMatchObject({ status: 400, body: { error: 'ValidationException', message: expect.stringContaining("'input'") } });
    await start(machine, { name: 'once', input: { a: 1 } });
    expect(await rest('POST', `/v1/state-machines/${enc(machine)}/executions`, { name: 'once', input: { a: 2 } })).toMatchObject({ status: 409, body: { error: 'ExecutionAlreadyExists' } });

    // The AWS door at POST / still reads its own bodies.
    const sfn = sfnClient(stack.coordinator);
    try {
      expect((await sfn.send(new ListStateMachinesCommand({}))).stateMachines?.map((m) => m.name)).toContain('rest-limits');
    } finally {
      sfn.destroy();
    }
  });

  it('serves its OpenAPI document at /docs-json and the UI at /docs', async () => {
    const document = await rest('GET', '/docs-json');
    expect(document.status).toBe(200);
    expect(Object.keys(document.body.paths as object)).toEqual(
      expect.arrayContaining(['/v1/state-machines', '/v1/state-machines/{arn}/executions', '/v1/executions/{arn}/events', '/v1/task-tokens/success']),
    );
    const ui = await fetch(`${stack.coordinator.url}/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });
});
