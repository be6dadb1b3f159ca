import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SFNClient, StartExecutionCommand, ValidateStateMachineDefinitionCommand } from '@aws-sdk/client-sfn';
import { loadSettings } from '@lib/config';
import { CoordinatorModule } from '../coordinator.module';
import { AwsActionRegistry } from './aws-action.registry';
import { AwsApiController } from './aws-api.controller';

/** A coordinator without Redis: the door itself, and the actions that need no engine. */
describe(AwsApiController.name, () => {
  let app: INestApplication;
  let url: string;
  let sfn: SFNClient;

  beforeAll(async () => {
    app = await NestFactory.create(CoordinatorModule.forRoot(loadSettings({})), { logger: false });
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
    sfn = new SFNClient({ endpoint: url, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' }, maxAttempts: 1 });
  });

  afterAll(async () => {
    sfn?.destroy();
    await app?.close();
  });

  const post = (target: string | undefined, body: string) =>
    fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/x-amz-json-1.0', ...(target && { 'X-Amz-Target': target }) }, body });
  const errorOf = async (response: Response) => (await response.json()) as { __type: string; message: string };

  it('serves the state machine, execution, history and callback actions', () => {
    expect(app.get(AwsActionRegistry).names().sort()).toEqual(
      [
        'CreateStateMachine',
        'DescribeStateMachine',
        'UpdateStateMachine',
        'DeleteStateMachine',
        'ListStateMachines',
        'ValidateStateMachineDefinition',
        'StartExecution',
        'StartSyncExecution',
        'StopExecution',
        'DescribeExecution',
        'DescribeStateMachineForExecution',
        'ListExecutions',
        'GetExecutionHistory',
        'RedriveExecution',
        'SendTaskSuccess',
        'SendTaskFailure',
        'SendTaskHeartbeat',
        'PublishStateMachineVersion',
        'ListStateMachineVersions',
        'DeleteStateMachineVersion',
        'CreateStateMachineAlias',
        'DescribeStateMachineAlias',
        'UpdateStateMachineAlias',
        'DeleteStateMachineAlias',
        'ListStateMachineAliases',
        'TagResource',
        'UntagResource',
        'ListTagsForResource',
        'TestState',
        'CreateActivity',
        'DescribeActivity',
        'DeleteActivity',
        'ListActivities',
        'GetActivityTask',
        'DescribeMapRun',
        'ListMapRuns',
        'UpdateMapRun',
      ].sort(),
    );
  });

  it('serves ValidateStateMachineDefinition through the AWS SDK', async () => {
    const ok = await sfn.send(new ValidateStateMachineDefinitionCommand({ definition: JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }) }));
    expect(ok).toMatchObject({ result: 'OK', diagnostics: [], truncated: false });
    const bad = await sfn.send(new ValidateStateMachineDefinitionCommand({ definition: JSON.stringify({ StartAt: 'Nowhere', States: { P: { Type: 'Pass', End: true } } }) }));
    expect(bad.result).toBe('FAIL');
    expect(bad.diagnostics?.[0]).toMatchObject({ severity: 'ERROR', code: 'MISSING_TRANSITION_TARGET' });
  });

  it('answers an unknown action with UnknownOperationException, as JSON with the error type header', async () => {
    const response = await post('AWSStepFunctions.LaunchRocket', '{}');
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
    expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.0');
    expect(await response.json()).toEqual({ __type: 'UnknownOperationException', message: "Unknown operation: 'AWSStepFunctions.LaunchRocket'" });
    expect((await errorOf(await post(undefined, '{}'))).__type).toBe('UnknownOperationException');
  });

  it('answers a body that is not a JSON object with SerializationException', async () => {
    for (const body of ['{"definition": ', '[1]', '"text"']) {
      const response = await post('AWSStepFunctions.ValidateStateMachineDefinition', body);
      expect(response.status).toBe(400);
      expect((await errorOf(response)).__type).toBe('SerializationException');
    }
  });

  it('answers a member of the wrong JSON type with SerializationException, and constraint violations together', async () => {
    const wrongType = await post('AWSStepFunctions.ValidateStateMachineDefinition', '{"definition": 5}');
    expect((await errorOf(wrongType)).__type).toBe('SerializationException');
    const invalid = await post('AWSStepFunctions.ValidateStateMachineDefinition', '{"type": "FAST", "maxResults": 101}');
    expect(await invalid.json()).toEqual({
      __type: 'ValidationException',
      message:
        "3 validation errors detected: Value null at 'definition' failed to satisfy constraint: Member must not be null; " +
        "Value 'FAST' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [STANDARD, EXPRESS]; " +
        "Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100",
    });
  });

  it('answers actions that need the runtime with a retryable ServiceUnavailable when there is no Redis', async () => {
    const response = await post('AWSStepFunctions.StartExecution', JSON.stringify({ stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:m' }));
    expect(response.status).toBe(503);
    expect((await errorOf(response)).__type).toBe('ServiceUnavailable');
    await expect(sfn.send(new StartExecutionCommand({ stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:m' }))).rejects.toMatchObject({
      name: 'ServiceUnavailable',
    });
  });

  it('leaves other paths to their controllers', async () => {
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ status: 'ok' });
  });
});
