import type { StateMachineDefinition } from '../definition/state-machine.definition';
import type { Json } from '../json';
import { seededEntropy } from '../runtime/entropy';
import { T0 } from '../runtime/test-step-context';
import { VirtualClock } from './clock';
import { execute, startExecution } from './execute';
import type { ExecuteOptions, TaskHandler, TaskHandlerContext } from './executor.types';

const FUNCTION = 'arn:aws:lambda:us-east-1:123456789012:function:work';
const CALLBACK = 'arn:aws:states:::sqs:sendMessage.waitForTaskToken';

const task = (fields: Record<string, unknown> = {}): StateMachineDefinition =>
  ({ StartAt: 'T', States: { T: { Type: 'Task', Resource: FUNCTION, End: true, ...fields } } }) as StateMachineDefinition;

function options(definition: StateMachineDefinition, handlers: Record<string, TaskHandler> = {}, input: Json = {}): ExecuteOptions {
  return { definition, input, handlers, clock: new VirtualClock(T0), entropy: seededEntropy(1) };
}

/** A callback handler that reports the token it was given, and the promise of that token. */
function tokenCatcher(): { handler: TaskHandler; token: Promise<string> } {
  let report!: (token: string) => void;
  const token = new Promise<string>((resolve) => (report = resolve));
  return { handler: (_input, context) => (report(context.taskToken as string), null), token };
}

describe('in-memory executor: tasks', () => {
  it('gives the handler the effective input and its context', async () => {
    let seen: { input: Json; context: TaskHandlerContext } | undefined;
    const handler: TaskHandler = (input, context) => ((seen = { input, context }), 'ok');
    const result = await execute(options(task({ Parameters: { 'x.$': '$.x' } }), { work: handler }, { x: 1 }));
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: 'ok' });
    expect(seen?.input).toEqual({ x: 1 });
    expect(seen?.context).toMatchObject({ resource: FUNCTION, stateName: 'T', attempt: 1 });
    expect(typeof seen?.context.idempotencyKey).toBe('string');
  });

  it('completes a .waitForTaskToken task with sendTaskSuccess, and $$.Task.Token matches the token', async () => {
    const { handler, token } = tokenCatcher();
    let input: Json = null;
    const handle = startExecution(
      options(task({ Resource: CALLBACK, Parameters: { 'token.$': '$$.Task.Token' } }), {
        [CALLBACK]: (i, c) => ((input = i), handler(i, c)),
      }),
    );
    const issued = await token;
    expect(input).toEqual({ token: issued });
    expect(handle.sendTaskSuccess('not-a-token', {})).toBe(false);
    expect(handle.sendTaskHeartbeat(issued)).toBe(true);
    expect(handle.sendTaskSuccess(issued, { answer: 42 })).toBe(true);
    const result = await handle.result;
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { answer: 42 } });
    expect(result.history.map((e) => e.type)).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'TaskScheduled',
      'TaskStarted',
      'TaskSucceeded',
      'TaskStateExited',
      'ExecutionSucceeded',
    ]);
    expect(handle.sendTaskSuccess(issued, {})).toBe(false);
  });

  it('fails a .waitForTaskToken task with sendTaskFailure', async () => {
    const { handler, token } = tokenCatcher();
    const handle = startExecution(options(task({ Resource: CALLBACK }), { [CALLBACK]: handler }));
    handle.sendTaskFailure(await token, 'Callback.Error', 'rejected');
    expect(await handle.result).toMatchObject({ status: 'FAILED', error: 'Callback.Error', cause: 'rejected' });
  });

  it('ends ABORTED on stop() while a callback task waits for its token', async () => {
    const { handler, token } = tokenCatcher();
    const handle = startExecution(options(task({ Resource: CALLBACK }), { [CALLBACK]: handler }));
    const issued = await token;
    handle.stop();
    expect(await handle.result).toMatchObject({ status: 'ABORTED' });
    expect(handle.sendTaskSuccess(issued, {})).toBe(false);
  });

  it('wraps a lambda:invoke result in the Lambda response and sends the handler the Payload', async () => {
    let received: Json = null;
    const definition = task({ Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'greet', Payload: { name: 'Ada' } } });
    const result = await execute(options(definition, { greet: (input) => ((received = input), { hello: 'Ada' }) }));
    expect(received).toEqual({ name: 'Ada' });
    expect(result.status).toBe('SUCCEEDED');
    expect(result.output).toMatchObject({ ExecutedVersion: '$LATEST', Payload: { hello: 'Ada' }, StatusCode: 200 });
  });

  it('fails a lambda:invoke of an unknown function with Lambda.ResourceNotFoundException', async () => {
    const definition = task({ Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'missing' } });
    const result = await execute(options(definition));
    expect(result).toMatchObject({ status: 'FAILED', error: 'Lambda.ResourceNotFoundException' });
    expect(result.cause).toContain('function:missing');
  });

  it.each<[string, () => unknown, { error: string; cause?: string }]>([
    ['a string', () => 'boom', { error: 'Error', cause: 'boom' }],
    ['a number', () => 42, { error: 'Error', cause: '42' }],
    ['undefined', () => undefined, { error: 'Error', cause: 'undefined' }],
    ['a TypeError', () => new TypeError('bad type'), { error: 'TypeError', cause: 'bad type' }],
    ['an { error, cause } object', () => ({ error: 'Custom.Error', cause: 'custom' }), { error: 'Custom.Error', cause: 'custom' }],
  ])('fails the task when the handler throws %s', async (_what, thrown, expected) => {
    const sync = await execute(options(task(), { work: () => { throw thrown(); } }));
    expect(sync).toMatchObject({ status: 'FAILED', ...expected });
    const async = await execute(options(task(), { work: async () => { throw thrown(); } }));
    expect(async).toMatchObject({ status: 'FAILED', ...expected });
  });

  it('fails with States.DataLimitExceeded when a task result is over 256 KiB', async () => {
    const result = await execute(options(task(), { work: () => 'x'.repeat(256 * 1024) }));
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.DataLimitExceeded' });
    const fits = await execute(options(task(), { work: () => 'x'.repeat(256 * 1024 - 2) }));
    expect(fits.status).toBe('SUCCEEDED');
  });

  it('fails with States.TaskFailed when no handler serves the resource', async () => {
    const result = await execute(options(task({ Resource: 'arn:aws:states:::dynamodb:getItem' })));
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed' });
  });

  it('numbers history events 1..N and links each to an earlier one, across Parallel branches', async () => {
    const branch = (name: string) => ({ StartAt: name, States: { [name]: { Type: 'Task', Resource: FUNCTION, End: true } } });
    const definition = {
      StartAt: 'P',
      States: {
        P: { Type: 'Parallel', Branches: [branch('A'), branch('B')], Next: 'Map' },
        Map: { Type: 'Map', ItemProcessor: branch('C'), End: true },
      },
    } as StateMachineDefinition;
    const result = await execute(options(definition, { work: async (input, context) => (await context.sleep(1), input) }, { v: 1 }));
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: [{ v: 1 }, { v: 1 }] });
    const history = result.history;
    expect(history.map((e) => e.id)).toEqual(history.map((_e, i) => i + 1));
    expect(history[0].previousEventId).toBe(0);
    for (const e of history.slice(1)) {
      expect(e.previousEventId).toBeGreaterThan(0);
      expect(e.previousEventId).toBeLessThan(e.id);
    }
    const timestamps = history.map((e) => e.timestamp);
    expect(timestamps).toEqual([...timestamps].sort((a, b) => a - b));
  });
});
