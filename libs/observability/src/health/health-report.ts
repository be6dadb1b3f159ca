import type { QueueProbeRepository } from '../queue-probe.repository';

/** How long /health waits for Redis before it calls the process unhealthy. */
export const HEALTH_CHECK_TIMEOUT_MS = 2_000;

/** `/health`'s body: `ok` (200), or `unavailable` (503) with what is wrong. */
export type HealthReport = { readonly status: 'ok' } | { readonly status: 'unavailable'; readonly problems: readonly string[] };

/**
 * Redis answers PING and every Stepwise queue can be read. A process without Redis configured has
 * nothing to check (it says so at start-up) and is healthy.
 */
export async function healthReport(probe: QueueProbeRepository | undefined, timeoutMs = HEALTH_CHECK_TIMEOUT_MS): Promise<HealthReport> {
  if (probe === undefined) return { status: 'ok' };
  const ping = await attempt(`Redis did not answer PING`, probe.ping(), timeoutMs);
  if (ping !== undefined) return { status: 'unavailable', problems: [ping] };
  const names = await probe.queueNames().catch(() => undefined);
  if (names === undefined) return { status: 'unavailable', problems: ['cannot list the Stepwise queues'] };
  const problems = await Promise.all(names.map((name) => attempt(`queue ${name} cannot be read`, probe.depth(name), timeoutMs)));
  const found = problems.filter((problem): problem is string => problem !== undefined);
  return found.length === 0 ? { status: 'ok' } : { status: 'unavailable', problems: found };
}

/** Undefined when `work` settles in time; otherwise `what`, with the reason. */
async function attempt(what: string, work: Promise<unknown>, timeoutMs: number): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => (timer = setTimeout(() => resolve(`${what} within ${timeoutMs} ms`), timeoutMs)));
  const outcome = work.then(
    () => undefined,
    (error: Error) => `${what}: ${error.message}`,
  );
  try {
    return await Promise.race([outcome, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
