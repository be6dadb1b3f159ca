import { CreateStateMachineCommand, ListStateMachinesCommand, StartExecutionCommand, type SFNClient } from '@aws-sdk/client-sfn';
import { Metadata, status, type Client, type ServiceError } from '@grpc/grpc-js';
import { eventually } from '../support/eventually';
import { executionEnd } from './support/sfn-polls';
import { startApp, type AppProcess } from '../support/processes';
import { executionsClient } from './support/executions-client';
import { ROLE } from './support/machines';
import { sfnClient, startTestStack, type TestStack } from './support/test-stack';

const API_KEY = 'e2e-api-key';
const ACCESS_KEY = { accessKeyId: 'AKIDE2E', secretAccessKey: 'e2e-secret' };
const CREDENTIALS_ENV = { STEPWISE_API_KEYS: API_KEY, STEPWISE_ACCESS_KEYS: `${ACCESS_KEY.accessKeyId}:${ACCESS_KEY.secretAccessKey}`, LOG_FORMAT: 'json' };

/** Calls the built-in HTTP task (served by the worker app) on the coordinator's own /health. */
const HTTP_TASK = (url: string) => ({
  StartAt: 'Probe',
  States: { Probe: { Type: 'Task', Resource: 'arn:aws:states:::http:invoke', Parameters: { ApiEndpoint: `${url}/health`, Method: 'GET' }, End: true } },
});

type ExecutionsClient = Client & Record<string, (request: object, metadata: Metadata, done: (error: ServiceError | null, response?: Record<string, unknown>) => void) => void>;

async function sdkError(sfn: SFNClient): Promise<string> {
  return sfn.send(new ListStateMachinesCommand({})).then(() => 'ok', (error: Error) => error.name);
}

async function metrics(app: AppProcess): Promise<string> {
  const response = await fetch(`${app.url}/metrics`);
  expect(response.status).toBe(200);
  return response.text();
}

describe('a stack with credentials configured (STEPWISE_ACCESS_KEYS, STEPWISE_API_KEYS)', () => {
  let stack: TestStack;
  let coordinator: AppProcess;
  let worker: AppProcess;
  let sfn: SFNClient;
  let grpc: ExecutionsClient;
  let executionArn: string;

  beforeAll(async () => {
    stack = await startTestStack({ workers: 0, env: CREDENTIALS_ENV });
    coordinator = stack.coordinator;
    worker = await startApp('worker', { redisUrl: stack.redis.url });
    await eventually(async () => expect(worker.logs()).toContain('serving'), 20_000);
    sfn = sfnClient(coordinator, ACCESS_KEY);
    grpc = executionsClient(coordinator);
  }, 90_000);

  afterAll(async () => {
    grpc?.close();
    sfn?.destroy();
    await worker?.stop();
    await stack?.stop();
  }, 30_000);

  it('runs an execution for a client that signs with a configured access key', async () => {
    const { stateMachineArn } = await sfn.send(new CreateStateMachineCommand({ name: 'probe', definition: JSON.stringify(HTTP_TASK(coordinator.url)), roleArn: ROLE }));
    ({ executionArn } = (await sfn.send(new StartExecutionCommand({ stateMachineArn, input: '{}' }))) as { executionArn: string });
    const done = await executionEnd(sfn, executionArn, 0, 20_000);
    expect(done.status).toBe('SUCCEEDED');
    expect(JSON.parse(done.output ?? '{}')).toMatchObject({ StatusCode: '200' });
  });

  it('refuses a wrong secret and an unknown key at the AWS door', async () => {
    const wrongSecret = sfnClient(coordinator, { ...ACCESS_KEY, secretAccessKey: 'guess' });
    const unknownKey = sfnClient(coordinator, { accessKeyId: 'AKIDNOBODY', secretAccessKey: ACCESS_KEY.secretAccessKey });
    expect(await sdkError(wrongSecret)).toBe('InvalidSignatureException');
    expect(await sdkError(unknownKey)).toBe('UnrecognizedClientException');
    wrongSecret.destroy();
    unknownKey.destroy();
  });

  it('refuses gRPC calls without the API key, UNAUTHENTICATED, and serves them with it', async () => {
    const describe = (metadata: Metadata) =>
      new Promise<ServiceError | Record<string, unknown>>((resolve) => grpc.DescribeExecution({ executionArn }, metadata, (error, response) => resolve(error ?? response ?? {})));
    const refused = (await describe(new Metadata())) as ServiceError;
    expect(refused.code).toBe(status.UNAUTHENTICATED);
    expect(refused.details).toMatch(/^UnrecognizedClientException: /);
    const withKey = new Metadata();
    withKey.set('x-api-key', API_KEY);
    expect(await describe(withKey)).toMatchObject({ executionArn, status: 'SUCCEEDED' });
  });

  it('asks a browser for the key at /queues and serves Bull Board with it', async () => {
    const refused = await fetch(`${coordinator.url}/queues`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Basic /);
    const board = await fetch(`${coordinator.url}/queues`, { headers: { authorization: `Basic ${Buffer.from(`ops:${API_KEY}`).toString('base64')}` } });
    expect(board.status).toBe(200);
  });

  it('counts executions and queue depths on the coordinator, task latency on the worker', async () => {
    const coordinatorMetrics = await metrics(coordinator);
    expect(coordinatorMetrics).toContain('stepwise_executions_started_total{state_machine="probe"} 1');
    expect(coordinatorMetrics).toContain('stepwise_executions_ended_total{state_machine="probe",status="SUCCEEDED"} 1');
    expect(coordinatorMetrics).toMatch(/stepwise_transitions_total\{state_machine="probe"\} [1-9]/);
    expect(coordinatorMetrics).toContain('stepwise_queue_jobs{queue="stepwise-task-http_invoke",state="waiting"} 0');
    expect(await metrics(worker)).toContain('stepwise_task_duration_seconds_count{handler="http:invoke",outcome="succeeded"} 1');
  });

  it('logs JSON lines, listening on every interface since every door requires credentials', () => {
    const lines = coordinator.logs().split('\n').map((line) => line.replace(/^\[coordinator:\d+\] /, '')).filter((line) => line.startsWith('{'));
    const listening = lines.map((line) => JSON.parse(line) as { level: string; context: string; message: string }).find((entry) => entry.context === 'Coordinator');
    expect(listening).toMatchObject({ level: 'log', message: expect.stringMatching(/^listening on port \d+ of 0\.0\.0\.0 .*every door requires credentials/) });
  });

  it('binds loopback where no credentials are configured, and says why (the worker here)', () => {
    expect(worker.logs()).toMatch(/listening on port \d+ of 127\.0\.0\.1 .*STEPWISE_ACCESS_KEYS is not set/);
  });

  it('answers /health 503 with the reason once Redis is gone', async () => {
    await stack.redis.stop();
    const response = await fetch(`${coordinator.url}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', problems: [expect.stringMatching(/^Redis did not answer PING/)] });
  });
});
