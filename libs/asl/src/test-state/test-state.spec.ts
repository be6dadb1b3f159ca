import type { JsonObject } from '../json';
import { parseDefinition } from '../parse';
import { seededEntropy } from '../runtime/entropy';
import { testState, type TestStateMock } from './test-state';
import { testStateMachine, testStateRefusal } from './test-state-machine';

const execution = {
  executionArn: 'arn:aws:states:us-east-1:123456789012:execution:T:t',
  name: 't',
  input: {},
  startTime: 0,
  roleArn: 'arn:aws:iam::123456789012:role/r',
  stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:T',
  stateMachineName: 'T',
  region: 'us-east-1',
  accountId: '123456789012',
  type: 'STANDARD' as const,
};

function run(state: object, input: JsonObject, extra: { mock?: TestStateMock; retrierRetryCount?: number; variables?: JsonObject } = {}) {
  const built = testStateMachine('S', state as JsonObject);
  return testState({ machine: parseDefinition(built.definition), standIns: built.successorOf, stateName: 'S', input, execution, entropy: seededEntropy(1), now: 0, ...extra });
}

const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:f';

describe('testState', () => {
  it('runs a Pass state through its data flow and names the next state', async () => {
    const result = await run({ Type: 'Pass', InputPath: '$.a', Parameters: { 'v.$': '$.b' }, ResultPath: '$.out', Next: 'Later' }, { a: { b: 2 } });
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { a: { b: 2 }, out: { v: 2 } }, nextState: 'Later' });
    expect(result.inspection).toMatchObject({ input: { a: { b: 2 } }, afterInputPath: { b: 2 } });
  });

  it('picks a Choice branch without running it', async () => {
    const choice = { Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThan: 1, Next: 'Big' }], Default: 'Small' };
    expect(await run(choice, { n: 5 })).toMatchObject({ status: 'SUCCEEDED', nextState: 'Big' });
    expect(await run(choice, { n: 0 })).toMatchObject({ status: 'SUCCEEDED', nextState: 'Small' });
  });

  it('reports a Fail state as FAILED with its error and cause', async () => {
    expect(await run({ Type: 'Fail', Error: 'Oops', Cause: 'bad' }, {})).toMatchObject({ status: 'FAILED', error: 'Oops', cause: 'bad' });
  });

  it('answers a Task with the mocked result and shows each processing stage', async () => {
    const task = { Type: 'Task', Resource: LAMBDA, Parameters: { 'x.$': '$.x' }, ResultSelector: { 'y.$': '$.y' }, ResultPath: '$.r', End: true };
    const result = await run(task, { x: 1 }, { mock: { result: { y: 7, z: 0 } } });
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { x: 1, r: { y: 7 } } });
    expect(result.nextState).toBeUndefined();
    expect(result.inspection).toMatchObject({ afterParameters: { x: 1 }, result: { y: 7, z: 0 }, afterResultSelector: { y: 7 }, afterResultPath: { x: 1, r: { y: 7 } } });
  });

  it('catches a mocked error: CAUGHT_ERROR, the catcher’s next state and index', async () => {
    const task = { Type: 'Task', Resource: LAMBDA, Catch: [{ ErrorEquals: ['Other'], Next: 'No' }, { ErrorEquals: ['States.ALL'], ResultPath: '$.e', Next: 'Handle' }], End: true };
    const result = await run(task, { k: 1 }, { mock: { error: 'Boom', cause: 'why' } });
    expect(result).toMatchObject({ status: 'CAUGHT_ERROR', error: 'Boom', cause: 'why', nextState: 'Handle', output: { k: 1, e: { Error: 'Boom', Cause: 'why' } } });
    expect(result.inspection.errorDetails).toEqual({ catchIndex: 1 });
  });

  it('is RETRIABLE while a Retrier has attempts left, then fails once they are used', async () => {
    const task = { Type: 'Task', Resource: LAMBDA, Retry: [{ ErrorEquals: ['Boom'], MaxAttempts: 2, IntervalSeconds: 3, BackoffRate: 2 }], End: true };
    const mock = { error: 'Boom' };
    const first = await run(task, {}, { mock });
    expect(first).toMatchObject({ status: 'RETRIABLE', error: 'Boom', inspection: { errorDetails: { retryIndex: 0, retryBackoffIntervalSeconds: 3 } } });
    expect(await run(task, {}, { mock, retrierRetryCount: 1 })).toMatchObject({ status: 'RETRIABLE', inspection: { errorDetails: { retryBackoffIntervalSeconds: 6 } } });
    expect(await run(task, {}, { mock, retrierRetryCount: 2 })).toMatchObject({ status: 'FAILED', error: 'Boom' });
  });

  it('never loops on a state that names itself as its next state', async () => {
    expect(await run({ Type: 'Pass', Next: 'S' }, { a: 1 })).toMatchObject({ status: 'SUCCEEDED', nextState: 'S', output: { a: 1 } });
  });

  it('reads the variables it is given', async () => {
    const result = await run({ Type: 'Pass', Parameters: { 'v.$': '$who' }, End: true }, {}, { variables: { who: 'me' } });
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { v: 'me' } });
  });
});

describe('testStateRefusal', () => {
  it.each([
    [{ Type: 'Task', Resource: LAMBDA }, false, /mock/],
    [{ Type: 'Task', Resource: 'arn:aws:states:us-east-1:123456789012:activity:a' }, false, /Activity/],
    [{ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken' }, false, /waitForTaskToken/],
    [{ Type: 'Map' }, false, /Map/],
    [{ Type: 'Pass' }, true, /mock can only/],
  ])('refuses %j (mocked: %s)', (state, mocked, message) => {
    expect(testStateRefusal(state, mocked)).toMatch(message);
  });

  it.each([[{ Type: 'Pass' }, false], [{ Type: 'Task', Resource: LAMBDA }, true]])('accepts %j (mocked: %s)', (state, mocked) => {
    expect(testStateRefusal(state, mocked)).toBeUndefined();
  });
});
