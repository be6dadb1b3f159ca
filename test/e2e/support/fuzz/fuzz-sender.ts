import { Agent, request } from 'node:http';
import type { FuzzAnswer } from './answer-check';
import type { FuzzRequest } from './fuzz-request';

/** How long one answer may take before the request counts as a hang. */
export const ANSWER_TIMEOUT_MS = 15_000;

/**
 * Sends requests to `POST /` of one loopback HTTP server over a keep-alive pool; an answer, or
 * the transport failure (reset, hang) as an Error.
 */
export class FuzzSender {
  private readonly agent: Agent;
  /**
   * Requests sent again because the server closed an idle keep-alive socket as they were written
   * on it (ECONNRESET on a reused socket before any answer): HTTP's known race, which clients
   * (Node's docs, the AWS SDK) resolve by sending again. Counted for the report.
   */
  keepAliveRetries = 0;

  constructor(
    private readonly baseUrl: string,
    maxSockets: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets });
  }

  async send(fuzz: FuzzRequest): Promise<FuzzAnswer> {
    try {
      return await this.sendOnce(fuzz);
    } catch (error) {
      if (!(error instanceof StaleSocketError)) throw error;
      this.keepAliveRetries++;
      return this.sendOnce(fuzz);
    }
  }

  private sendOnce(fuzz: FuzzRequest): Promise<FuzzAnswer> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        outcome();
      };
      const outgoing = request(
        `${this.baseUrl}/`,
        { method: 'POST', agent: this.agent, headers: { ...fuzz.headers, 'content-length': String(fuzz.body.length) } },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('error', (error) => settle(() => reject(error)));
          incoming.on('end', () => settle(() => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks).toString('utf8') })));
        },
      );
      const timer = setTimeout(() => {
        settle(() => reject(new Error(`no answer within ${ANSWER_TIMEOUT_MS} ms`)));
        outgoing.destroy();
      }, ANSWER_TIMEOUT_MS);
      // The server may answer (413) before it has read a large body and then close: the answer counts.
      outgoing.on('error', (error: NodeJS.ErrnoException) =>
        settle(() => reject(outgoing.reusedSocket && error.code === 'ECONNRESET' ? new StaleSocketError(error.message) : error)),
      );
      outgoing.end(fuzz.body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

class StaleSocketError extends Error {}

/** Runs `work` on every item with at most `limit` in flight. */
export async function forEachBounded<T>(items: Iterable<T>, limit: number, work: (item: T) => Promise<void>): Promise<void> {
  const iterator = items[Symbol.iterator]();
  const lane = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) await work(next.value);
  };
  await Promise.all(Array.from({ length: limit }, lane));
}
