import { Agent, request } from 'node:http';
import type { FuzzAnswer } from './answer-check';
import { awsHeaders, type FuzzRequest } from './fuzz-request';

/** How long one answer may take before the request counts as a hang. */
export const ANSWER_TIMEOUT_MS = 15_000;

/** A valid request, sent after one that may leave its connection broken. */
const FOLLOW_UP: FuzzRequest = { kind: 'follow-up', label: 'ListStateMachines {}', headers: awsHeaders('ListStateMachines'), body: Buffer.from('{}') };

/**
 * Sends requests to `POST /` of one loopback HTTP server over a keep-alive pool; an answer, or
 * the transport failure (reset, hang) as an Error.
 */
export class FuzzSender {
  private readonly agent: Agent;

  constructor(
    private readonly baseUrl: string,
    maxSockets: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets });
  }

  async send(fuzz: FuzzRequest): Promise<FuzzAnswer> {
    if (!fuzz.checkConnectionAfter) return this.sendOn(this.agent, fuzz);
    const connection = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const answer = await this.sendOn(connection, fuzz);
      try {
        const next = await this.sendOn(connection, FOLLOW_UP);
        if (next.status !== 200) throw new Error(`status ${next.status} ${next.body.slice(0, 200)}`);
      } catch (error) {
        const announced = answer.headers.connection ?? '(none)';
        throw new Error(`answered ${answer.status} with Connection: ${announced}, then the next request on that connection failed: ${(error as Error).message}`, { cause: error });
      }
      return answer;
    } finally {
      connection.destroy();
    }
  }

  private sendOn(agent: Agent, fuzz: FuzzRequest): Promise<FuzzAnswer> {
    return new Promise((resolve, reject) => {
      let settled = false;
      let answered = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        outcome();
      };
      const outgoing = request(
        `${this.baseUrl}/`,
        { method: 'POST', agent, headers: { ...fuzz.headers, 'content-length': String(fuzz.body.length) } },
        (incoming) => {
          answered = true;
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('error', (error) => settle(() => reject(new Error(`${error.message} while reading the answer (status ${incoming.statusCode})`))));
          incoming.on('end', () => settle(() => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks).toString('utf8') })));
        },
      );
      const timer = setTimeout(() => {
        settle(() => reject(new Error(`no answer within ${ANSWER_TIMEOUT_MS} ms`)));
        outgoing.destroy();
      }, ANSWER_TIMEOUT_MS);
      // The server may answer (413) before it has read a large body and stop reading: once an
      // answer has begun, a failure to write the rest of the body does not count.
      outgoing.on('error', (error) => answered || settle(() => reject(new Error(`${error.message} (${outgoing.reusedSocket ? 'reused' : 'new'} socket)`))));
      outgoing.end(fuzz.body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Runs `work` on every item with at most `limit` in flight. */
export async function forEachBounded<T>(items: Iterable<T>, limit: number, work: (item: T) => Promise<void>): Promise<void> {
  const iterator = items[Symbol.iterator]();
  const lane = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) await work(next.value);
  };
  await Promise.all(Array.from({ length: limit }, lane));
}
