/**
 * The stack an end-to-end spec runs against: its own redis-server, coordinator processes and test
 * worker processes (serving the handlers of `test-worker.ts`), all stopped by pid in `stop()`.
 */
import { SFNClient } from '@aws-sdk/client-sfn';
import { startApp, type AppProcess } from '../../support/processes';
import { startRedis, type RedisServer } from '../../support/redis-server';
import { ScriptProcess } from '../../support/script-process';

export interface TestStackOptions {
  /** @default 1 */
  readonly coordinators?: number;
  /** @default 1 */
  readonly workers?: number;
  /** Redis with AOF, for specs that kill and restart it. @default false */
  readonly appendOnly?: boolean;
  /** Short job locks and stalled checks, so a killed process's work is taken over in seconds. @default false */
  readonly fastRecovery?: boolean;
  /** More environment variables of every coordinator (credentials, LOG_FORMAT, ...). @default {} */
  readonly env?: Readonly<Record<string, string>>;
}

export interface TestStack {
  readonly redis: RedisServer;
  readonly coordinators: AppProcess[];
  readonly workers: ScriptProcess[];
  /** The first coordinator. */
  readonly coordinator: AppProcess;
  stop(): Promise<void>;
}

/** Starts the stack; resolves once every coordinator answers /health and every worker serves. */
export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const redis = await startRedis({ appendOnly: options.appendOnly ?? false });
  const env: Record<string, string> = { ...(options.fastRecovery && { JOB_LOCK_MS: '3000', STALLED_CHECK_MS: '1000' }), ...options.env };
  const times = (n: number | undefined) => Array.from({ length: n ?? 1 });
  const coordinators = await Promise.all(times(options.coordinators).map(() => startApp('coordinator', { redisUrl: redis.url, env })));
  const workers = await Promise.all(times(options.workers).map(() => ScriptProcess.start('test/e2e/support/test-worker.ts', [redis.url])));
  await Promise.all(workers.map((w) => w.waitForLog(/serving/)));
  return {
    redis,
    coordinators,
    workers,
    coordinator: coordinators[0],
    async stop() {
      await Promise.all([...coordinators.map((c) => c.stop()), ...workers.map((w) => w.stop())]);
      await redis.stop();
    },
  };
}

/** The dummy credentials the SDK signs with when the coordinator requires none. */
export const DUMMY_CREDENTIALS = { accessKeyId: 'x', secretAccessKey: 'x' };

/** The official AWS SDK client, pointed at a coordinator, failing fast (no retries). */
export function sfnClient(coordinator: AppProcess, credentials = DUMMY_CREDENTIALS): SFNClient {
  return new SFNClient({
    endpoint: coordinator.url,
    region: 'us-east-1',
    credentials,
    disableHostPrefix: true,
    maxAttempts: 1,
  });
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
