import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { startApp, type AppProcess } from '../support/processes';
import { startTestStack, type TestStack } from './support/test-stack';

const run = promisify(execFile);

/** Debian's AWS CLI; a pyenv shim named `aws` may come first on PATH and is not it. */
const AWS_CLI = '/usr/bin/aws';
const ROLE = 'arn:aws:iam::123456789012:role/stepwise-tests';
const ACCESS_KEY = { id: 'AKIDCLITEST', secret: 'cli-secret' };
const HELLO = { StartAt: 'Hello', States: { Hello: { Type: 'Pass', Result: { greeting: 'hello' }, End: true } } };

/**
 * Installs the CLI with apt-get when it is absent; the reason it is unavailable otherwise. Run
 * while the spec file loads, so the spec is reported skipped (not passed) when it cannot run.
 */
function awsCliUnavailable(): string | undefined {
  if (existsSync(AWS_CLI)) return undefined;
  const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'awscli'], { timeout: 300_000, encoding: 'utf8' });
  if (existsSync(AWS_CLI)) return undefined;
  const why = install.error?.message ?? install.stderr.trim().split('\n').pop() ?? `exit ${install.status}`;
  return `${AWS_CLI} is absent and apt-get could not install awscli: ${why}`;
}

const unavailable = awsCliUnavailable();
if (unavailable !== undefined) console.log(`skipping the AWS CLI spec: ${unavailable}`);

interface CliAnswer {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `aws stepfunctions <args>` against `coordinator`, with only these credentials and no config files. */
async function stepfunctions(coordinator: AppProcess, key: { id: string; secret: string }, ...args: string[]): Promise<CliAnswer> {
  const env = {
    PATH: '/usr/bin:/bin',
    HOME: '/nonexistent',
    AWS_ACCESS_KEY_ID: key.id,
    AWS_SECRET_ACCESS_KEY: key.secret,
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
  const argv = ['--endpoint-url', coordinator.url, '--region', 'us-east-1', '--no-cli-pager', '--output', 'json', 'stepfunctions', ...args];
  try {
    const { stdout, stderr } = await run(AWS_CLI, argv, { env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

function json(answer: CliAnswer): Record<string, unknown> {
  if (answer.code !== 0) throw new Error(`aws exited ${answer.code}: ${answer.stderr}`);
  return JSON.parse(answer.stdout) as Record<string, unknown>;
}

/** create-state-machine, start-execution, describe-execution (until it ends), get-execution-history. */
async function runHello(coordinator: AppProcess, key: { id: string; secret: string }, name: string): Promise<void> {
  const created = json(await stepfunctions(coordinator, key, 'create-state-machine', '--name', name, '--definition', JSON.stringify(HELLO), '--role-arn', ROLE));
  expect(created.stateMachineArn).toBe(`arn:aws:states:us-east-1:123456789012:stateMachine:${name}`);
  const started = json(await stepfunctions(coordinator, key, 'start-execution', '--state-machine-arn', created.stateMachineArn as string, '--input', '{"who":"cli"}'));
  const executionArn = started.executionArn as string;
  let described: Record<string, unknown> = {};
  for (let attempt = 0; attempt < 50 && described.status !== 'SUCCEEDED'; attempt++) {
    described = json(await stepfunctions(coordinator, key, 'describe-execution', '--execution-arn', executionArn));
  }
  expect(described).toMatchObject({ status: 'SUCCEEDED', input: '{"who":"cli"}', output: '{"greeting":"hello"}' });
  const history = json(await stepfunctions(coordinator, key, 'get-execution-history', '--execution-arn', executionArn));
  expect((history.events as { type: string }[]).map((e) => e.type)).toEqual(['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
}

(unavailable === undefined ? describe : describe.skip)('the AWS CLI (Debian awscli) against a coordinator', () => {
  let stack: TestStack;
  let signed: AppProcess;

  beforeAll(async () => {
    stack = await startTestStack({ workers: 0 });
    signed = await startApp('coordinator', { redisUrl: stack.redis.url, env: { STEPWISE_ACCESS_KEYS: `${ACCESS_KEY.id}:${ACCESS_KEY.secret}` } });
  }, 360_000);

  afterAll(async () => {
    await signed.stop();
    await stack.stop();
  }, 30_000);

  it('runs a state machine with dummy credentials when the coordinator requires none', async () => {
    await runHello(stack.coordinator, { id: 'x', secret: 'x' }, 'cli-hello');
  }, 120_000);

  it('runs it with a configured access key, and refuses a wrong secret', async () => {
    await runHello(signed, ACCESS_KEY, 'cli-hello-signed');
    const refused = await stepfunctions(signed, { ...ACCESS_KEY, secret: 'wrong' }, 'list-state-machines');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('(InvalidSignatureException)');
  }, 120_000);
});
