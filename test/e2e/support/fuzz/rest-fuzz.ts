import { MISSING_EXECUTION_ARN, MISSING_MACHINE_ARN, PASS_DEFINITION, ROLE_ARN, targetMachineArn } from './aws-members';
import type { SeededRandom } from './seeded-random';

/** One hostile request to the REST door under /v1. */
export interface RestFuzzRequest {
  readonly kind: string;
  readonly label: string;
  readonly method: string;
  readonly path: string;
  readonly body?: string;
}

const MiB = 1024 * 1024;
const ANSWER_TIMEOUT_MS = 15_000;
const ARNS = [MISSING_MACHINE_ARN, MISSING_EXECUTION_ARN, targetMachineArn('STANDARD'), 'not-an-arn', '', ' ', '%', '%E0%A4%A', '..', 'arn:aws:states:us-east-1:123456789012:stateMachine:', '😀'];
const BAD_JSON = ['{', '[1,', 'nul', '{"a":}', '"unterminated', '\u0000', `${'['.repeat(1500)}${']'.repeat(1500)}`];
const WRONG_VALUES: unknown[] = [null, 1, -1, 1.5, true, [], {}, [1, 'a'], 'x'.repeat(300), ''];

const arnIn = (r: SeededRandom) => (r.chance(0.8) ? encodeURIComponent(r.pick(ARNS)) : r.pick(ARNS));

const GENERATORS: ReadonlyArray<{ readonly kind: string; make(r: SeededRandom): Omit<RestFuzzRequest, 'kind'> }> = [
  {
    kind: 'rest-bad-json',
    make: (r) => ({ method: 'POST', path: r.pick(['/v1/state-machines', `/v1/state-machines/${encodeURIComponent(targetMachineArn('STANDARD'))}/executions`, '/v1/task-tokens/success']), label: 'malformed JSON body', body: r.pick(BAD_JSON) }),
  },
  {
    kind: 'rest-wrong-type',
    make: (r) => {
      const field = r.pick(['name', 'definition', 'type', 'roleArn', 'input', 'taskToken', 'output', 'error', 'cause']);
      const body = { name: 'fuzz', definition: PASS_DEFINITION, roleArn: ROLE_ARN, [field]: r.pick(WRONG_VALUES) };
      return { method: 'POST', path: r.pick(['/v1/state-machines', '/v1/task-tokens/failure', `/v1/executions/${encodeURIComponent(MISSING_EXECUTION_ARN)}/stop`]), label: `${field} of a wrong type`, body: JSON.stringify(body) };
    },
  },
  {
    kind: 'rest-unknown-arn',
    make: (r) => {
      const path = r.pick([`/v1/state-machines/${arnIn(r)}`, `/v1/executions/${arnIn(r)}`, `/v1/executions/${arnIn(r)}/history`, `/v1/executions/${arnIn(r)}/tasks`, `/v1/state-machines/${arnIn(r)}/executions`]);
      const method = path.endsWith('/executions') ? 'POST' : r.pick(['GET', 'DELETE', 'PUT']);
      return { method, path, label: `${method} of an unknown or malformed ARN`, body: method === 'GET' || method === 'DELETE' ? undefined : '{}' };
    },
  },
  {
    kind: 'rest-bad-query',
    make: (r) => ({ method: 'GET', path: `/v1/executions?maxResults=${r.pick(['-1', '0', '1001', 'x', '1e3', ''])}&nextToken=${r.pick(['', 'zz', '%FF', 'a'.repeat(2000)])}&statusFilter=${r.pick(['RUNNING', 'nope', ''])}`, label: 'bad paging' }),
  },
  {
    kind: 'rest-huge',
    make: (r) => {
      const size = r.pick([300 * 1024, 2 * MiB, 6 * MiB]);
      return { method: 'POST', path: '/v1/state-machines', label: `a body of ${size} bytes`, body: JSON.stringify({ name: 'huge', roleArn: ROLE_ARN, definition: 'x'.repeat(size) }) };
    },
  },
];

export function* restFuzzRequests(r: SeededRandom, count: number): Generator<RestFuzzRequest> {
  for (let i = 0; i < count; i++) {
    const generator = r.chance(0.02) ? GENERATORS[GENERATORS.length - 1] : r.pick(GENERATORS.slice(0, -1));
    yield { kind: generator.kind, ...generator.make(r) };
  }
}

export interface RestAnswer {
  readonly status: number;
  readonly body: string;
}

export async function sendRest(baseUrl: string, request: RestFuzzRequest): Promise<RestAnswer> {
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers: request.body === undefined ? {} : { 'content-type': 'application/json' },
    body: request.body,
    signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
  });
  return { status: response.status, body: await response.text() };
}

/** Below 500, JSON, and an error carries string `error` and `message` (the REST contract). */
export function checkRestAnswer(answer: RestAnswer): { type: string; problems: string[] } {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`status ${answer.status}`);
  if (/ {4}at /.test(answer.body)) problems.push('stack trace in the body');
  let body: Record<string, unknown> = {};
  try {
    body = answer.body === '' ? {} : (JSON.parse(answer.body) as Record<string, unknown>);
  } catch {
    problems.push('body is not JSON');
  }
  if (answer.status < 400) return { type: '(success)', problems };
  if (typeof body.error !== 'string' || typeof body.message !== 'string') problems.push('no string error and message');
  return { type: typeof body.error === 'string' ? body.error : `(status ${answer.status})`, problems };
}
