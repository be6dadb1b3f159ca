import { CreateStateMachineCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { isAlive } from '../support/is-alive';
import { startApp, type AppProcess } from '../support/processes';
import { sfnClient, startTestStack, type TestStack } from './support/test-stack';
import { checkAnswer } from './support/fuzz/answer-check';
import { PASS_DEFINITION, ROLE_ARN, TARGET_MACHINES } from './support/fuzz/aws-members';
import type { FuzzRequest } from './support/fuzz/fuzz-request';
import { fuzzDoor } from './support/fuzz/door-fuzz';
import { FuzzSender } from './support/fuzz/fuzz-sender';
import { checkGrpcAnswer, GrpcFuzzSender, grpcFuzzRequests } from './support/fuzz/grpc-fuzz';
import { checkRestAnswer, restFuzzRequests, sendRest } from './support/fuzz/rest-fuzz';
import { AUTH_ERRORS, FUZZ_ACCESS_KEY, signatureFuzzRequests, validlySigned } from './support/fuzz/signature-fuzz';
import { FuzzTally } from './support/fuzz/fuzz-tally';
import { executionEnd } from './support/sfn-polls';
import { fuzzRequests } from './support/fuzz/request-generators';
import { SeededRandom } from './support/fuzz/seeded-random';

/** Change to explore other inputs; a failure names the seed and the request, so it can be replayed. */
const SEED = 0x5eed_f022;
/** Requests in all, across the doors; the AWS door takes what the others leave. */
const TOTAL_REQUESTS = 10_000;
const IN_FLIGHT = 32;

describe('every door under hostile requests (seeded fuzz): AWS JSON, AWS signatures, gRPC, REST', () => {
  let stack: TestStack;
  let coordinator: AppProcess;
  let sender: FuzzSender;
  let sfn: SFNClient;
  /** A second coordinator on the same Redis that requires signatures (STEPWISE_ACCESS_KEYS). */
  let signedCoordinator: AppProcess;
  /** Requests each door answered, printed at the end. */
  const counts = new Map<string, number>();
  const REQUESTS = { grpc: 2_000, signatures: 1_000, rest: 1_000, aws: 0 };

  /** Every answer was right, the process is the one that started and still answers /health. */
  function expectDoorSurvived(door: string, tally: FuzzTally, expected: number, app: AppProcess): void {
    console.log(`${door} door, seed ${SEED.toString(16)}, ${tally.total()} requests\n${tally.report()}`);
    counts.set(door, tally.total());
    expect(tally.total()).toBe(expected);
    if (!isAlive(app.pid)) console.log(`the ${door} door's process died:\n${app.logs().slice(-4000)}`);
    expect(tally.failures.slice(0, 20)).toEqual([]);
    expect(isAlive(app.pid)).toBe(true);
  }

  beforeAll(async () => {
    stack = await startTestStack({ workers: 0 });
    coordinator = stack.coordinator;
    signedCoordinator = await startApp('coordinator', { redisUrl: stack.redis.url, env: { STEPWISE_ACCESS_KEYS: `${FUZZ_ACCESS_KEY.accessKeyId}:${FUZZ_ACCESS_KEY.secretAccessKey}` } });
    REQUESTS.aws = TOTAL_REQUESTS - REQUESTS.grpc - REQUESTS.signatures - REQUESTS.rest;
    sender = new FuzzSender(coordinator.url, IN_FLIGHT);
    sfn = sfnClient(coordinator);
    for (const [type, name] of Object.entries(TARGET_MACHINES)) {
      await sfn.send(new CreateStateMachineCommand({ name, definition: PASS_DEFINITION, roleArn: ROLE_ARN, type: type as keyof typeof TARGET_MACHINES }));
    }
  }, 60_000);

  afterAll(async () => {
    sfn?.destroy();
    sender?.close();
    await signedCoordinator?.stop();
    await stack?.stop();
  }, 30_000);

  it(`answers ${REQUESTS.grpc} hostile gRPC calls with well-formed gRPC errors, never UNKNOWN or InternalFailure`, async () => {
    const grpc = new GrpcFuzzSender(`127.0.0.1:${coordinator.grpcPort}`);
    const tally = await fuzzDoor(grpcFuzzRequests(new SeededRandom(SEED + 1), REQUESTS.grpc), IN_FLIGHT, {
      send: (request) => grpc.send(request),
      check: checkGrpcAnswer,
      show: (answer) => `${answer.code} ${answer.details.slice(0, 300)}`,
    });
    grpc.close();
    expectDoorSurvived('gRPC', tally, REQUESTS.grpc, coordinator);
  }, 180_000);

  it(`refuses ${REQUESTS.signatures} badly signed AWS requests with AWS's authentication errors, and lets a good one in`, async () => {
    const host = new URL(signedCoordinator.url).host;
    const requests: FuzzRequest[] = [];
    for await (const request of signatureFuzzRequests(new SeededRandom(SEED + 2), REQUESTS.signatures - 1, host, Date.now)) requests.push(request);
    requests.push(await validlySigned(host));
    const signed = new FuzzSender(signedCoordinator.url, IN_FLIGHT);
    const tally = await fuzzDoor(requests, IN_FLIGHT, {
      send: (request) => signed.send(request),
      check: (answer, request) => {
        const verdict = checkAnswer(answer);
        const wanted = request.kind === 'sig-valid' ? verdict.type === '(success)' : AUTH_ERRORS.includes(verdict.type);
        return wanted ? verdict : { ...verdict, problems: [...verdict.problems, `answered ${verdict.type}`] };
      },
      show: (answer) => `${answer.status} ${answer.body.slice(0, 300)}`,
    });
    signed.close();
    expectDoorSurvived('AWS signatures', tally, REQUESTS.signatures, signedCoordinator);
  }, 120_000);

  it(`answers ${REQUESTS.rest} hostile REST requests under /v1 with {error, message}, never a 5xx`, async () => {
    const tally = await fuzzDoor(restFuzzRequests(new SeededRandom(SEED + 3), REQUESTS.rest), IN_FLIGHT, {
      send: (request) => sendRest(coordinator.url, request),
      check: checkRestAnswer,
      show: (answer) => `${answer.status} ${answer.body.slice(0, 300)}`,
    });
    expectDoorSurvived('REST', tally, REQUESTS.rest, coordinator);
  }, 180_000);

  it('answers the rest of the requests, malformed, at the AWS door with AWS errors, never a 5xx, a stack trace or a crash', async () => {
    const tally = await fuzzDoor(fuzzRequests(new SeededRandom(SEED), REQUESTS.aws), IN_FLIGHT, {
      send: (request) => sender.send(request),
      check: (answer) => checkAnswer(answer),
      show: (answer) => `${answer.status} ${answer.body.slice(0, 300)}`,
    });
    expectDoorSurvived('AWS', tally, REQUESTS.aws, coordinator);
    console.log(`requests per door: ${[...counts].map(([door, n]) => `${door} ${n}`).join(', ')}; ${[...counts.values()].reduce((a, b) => a + b, 0)} in all`);
  }, 240_000);

  it('still runs an execution through the AWS SDK afterwards', async () => {
    const { stateMachineArn } = await sfn.send(new CreateStateMachineCommand({ name: 'after-the-fuzz', definition: PASS_DEFINITION, roleArn: ROLE_ARN }));
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn, input: '{"survived":true}' }));
    const { status, output } = await executionEnd(sfn, executionArn!);
    expect({ status, output }).toEqual({ status: 'SUCCEEDED', output: '{"survived":true}' });
    expect((await fetch(`${coordinator.url}/health`)).status).toBe(200);
  }, 30_000);
});
