import { Client, credentials, Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { MISSING_EXECUTION_ARN, MISSING_MACHINE_ARN, targetMachineArn } from './aws-members';
import { pb } from './protobuf-writer';
import type { SeededRandom } from './seeded-random';

/** One hostile call to `stepwise.v1.Executions`: the method and the raw request bytes. */
export interface GrpcFuzzRequest {
  readonly kind: string;
  readonly label: string;
  readonly method: string;
  readonly message: Buffer;
}

/** The call's outcome: OK, or the status and details the server sent. */
export interface GrpcAnswer {
  readonly code: status;
  readonly details: string;
}

const SERVICE = '/stepwise.v1.Executions/';
const UNARY_METHODS = ['StartExecution', 'DescribeExecution', 'StopExecution', 'ListExecutions', 'SendTaskSuccess', 'SendTaskFailure', 'SendTaskHeartbeat'];
const ANSWER_TIMEOUT_MS = 15_000;
const MiB = 1024 * 1024;
const HOSTILE = ['', ' ', 'arn:aws:states:::', 'arn:aws:states:us-east-1:123456789012:execution:', '\u0000', '😀'.repeat(50), 'x'.repeat(3000), '../../etc/passwd', '%00', '{"a":1}'];

function someArn(r: SeededRandom): string {
  return r.pick([MISSING_EXECUTION_ARN, MISSING_MACHINE_ARN, targetMachineArn('STANDARD'), targetMachineArn('EXPRESS'), ...HOSTILE, r.string(r.int(1, 300), 'arn:/-_aZ09')]);
}

function badJson(r: SeededRandom): string {
  return r.pick(['{', '[1,', 'nul', '{"a":}', '\u0000', '[]]', `${'['.repeat(1500)}${']'.repeat(1500)}`, r.bytes(r.int(1, 50)).toString('latin1')]);
}

/** Every field of every request is a string, but ListExecutions' page_size (3) is an int32. */
const GENERATORS: ReadonlyArray<{ readonly kind: string; readonly weight: number; make(r: SeededRandom): Omit<GrpcFuzzRequest, 'kind'> }> = [
  { kind: 'grpc-garbage', weight: 3, make: (r) => ({ method: r.pick(UNARY_METHODS), label: 'random bytes', message: r.bytes(r.int(1, 300)) }) },
  {
    kind: 'grpc-wrong-type',
    weight: 3,
    make: (r) => {
      const field = r.int(1, 4);
      const wrong = r.pick([pb.int(field, r.int(-5, 1e9)), pb.fixed32(field, r.int(0, 1e6)), pb.fixed64(field), pb.string(3, r.string(r.int(0, 20), 'abc019'))]);
      return { method: r.pick(UNARY_METHODS), label: `field ${field} with another wire type`, message: wrong };
    },
  },
  {
    kind: 'grpc-broken',
    weight: 2,
    make: (r) => ({ method: r.pick(UNARY_METHODS), label: 'truncated or invalid wire type', message: r.chance(0.5) ? pb.truncated(r.int(1, 3), r.int(10, 1e6)) : pb.invalidWireType(r.int(1, 4)) }),
  },
  {
    kind: 'grpc-unknown-arn',
    weight: 4,
    make: (r) => {
      const method = r.pick(['DescribeExecution', 'StopExecution', 'StartExecution', 'ListExecutions', 'WatchExecution']);
      return { method, label: `${method} of an unknown or malformed ARN`, message: Buffer.concat([pb.string(1, someArn(r)), pb.string(r.int(2, 4), r.pick(HOSTILE)), pb.string(99, 'unknown field')]) };
    },
  },
  {
    kind: 'grpc-bad-json',
    weight: 3,
    make: (r) => {
      const callback = r.chance(0.5);
      const message = callback
        ? Buffer.concat([pb.string(1, r.string(r.int(0, 200), 'abcAZ09+/=')), pb.string(2, badJson(r))])
        : Buffer.concat([pb.string(1, targetMachineArn('STANDARD')), pb.string(3, badJson(r))]);
      return { method: callback ? r.pick(['SendTaskSuccess', 'SendTaskFailure', 'SendTaskHeartbeat']) : 'StartExecution', label: 'malformed JSON or token', message };
    },
  },
  {
    kind: 'grpc-huge',
    weight: 1,
    make: (r) => {
      const size = r.pick([257 * 1024, 2 * MiB, 5 * MiB]);
      return { method: 'StartExecution', label: `input of ${size} bytes`, message: Buffer.concat([pb.string(1, targetMachineArn('STANDARD')), pb.string(3, `"${'x'.repeat(size)}"`)]) };
    },
  },
  { kind: 'grpc-unknown-method', weight: 1, make: (r) => ({ method: r.pick(['Nope', 'startExecution', '', 'StartExecution/extra']), label: 'a method the service lacks', message: Buffer.alloc(0) }) },
];

export function* grpcFuzzRequests(r: SeededRandom, count: number): Generator<GrpcFuzzRequest> {
  const total = GENERATORS.reduce((sum, g) => sum + g.weight, 0);
  for (let i = 0; i < count; i++) {
    let roll = r.int(0, total - 1);
    const generator = GENERATORS.find((g) => (roll -= g.weight) < 0) ?? GENERATORS[0];
    yield { kind: generator.kind, ...generator.make(r) };
  }
}

/** Sends raw bytes as the request of any method, unary or streaming, and reports how the call ended. */
export class GrpcFuzzSender {
  private readonly client: Client;

  constructor(address: string, private readonly metadata: () => Metadata = () => new Metadata()) {
    this.client = new Client(address, credentials.createInsecure(), { 'grpc.max_send_message_length': 16 * MiB });
  }

  send(request: GrpcFuzzRequest): Promise<GrpcAnswer> {
    const identity = (bytes: Buffer) => bytes;
    const deadline = Date.now() + ANSWER_TIMEOUT_MS;
    const path = `${SERVICE}${request.method}`;
    return new Promise((resolve) => {
      const done = (error: ServiceError | null) => resolve(error === null ? { code: status.OK, details: '' } : { code: error.code, details: error.details });
      if (request.method !== 'WatchExecution') {
        this.client.makeUnaryRequest(path, identity, identity, request.message, this.metadata(), { deadline }, (error) => done(error));
        return;
      }
      const stream = this.client.makeServerStreamRequest(path, identity, identity, request.message, this.metadata(), { deadline });
      stream.on('data', () => stream.cancel()); // a real execution: its first event is answer enough
      stream.on('error', (error: ServiceError) => done(error.code === status.CANCELLED ? null : error));
      stream.on('end', () => done(null));
    });
  }

  close(): void {
    this.client.close();
  }
}

/**
 * Statuses a handler bug would end in: UNKNOWN (it threw) and our INTERNAL InternalFailure; and
 * an input over AWS's 256 KiB must be refused, never started.
 */
export function checkGrpcAnswer(answer: GrpcAnswer, request: GrpcFuzzRequest): { type: string; problems: string[] } {
  const problems: string[] = [];
  if (request.kind === 'grpc-huge' && answer.code === status.OK) problems.push('an oversized input was accepted');
  if (answer.code === status.UNKNOWN) problems.push('UNKNOWN status (a handler threw)');
  if (answer.code === status.DEADLINE_EXCEEDED) problems.push('no answer in time');
  if (/^InternalFailure/.test(answer.details)) problems.push('InternalFailure (a bug was logged)');
  if (/ {4}at /.test(answer.details)) problems.push('stack trace in details');
  if (answer.code !== status.OK && answer.details === '') problems.push('no details');
  const awsType = /^([A-Za-z.]+): /.exec(answer.details)?.[1];
  return { type: `${status[answer.code]}${awsType ? ` ${awsType}` : ''}`, problems };
}
