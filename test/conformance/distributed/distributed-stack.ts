import { startApp, type AppProcess } from '../../support/processes';
import { startRedis, type RedisServer } from '../../support/redis-server';
import { startConformanceWorker, type ConformanceWorkerProcess } from './conformance-worker.process';

/** Coordinator processes of a run: more than one, so nothing may rely on a single coordinator. */
export const CONFORMANCE_COORDINATORS = 2;

export interface DistributedStackOptions {
  /** The corpus file; the worker serves its handlers. */
  readonly casesFile: string;
  readonly runTag: string;
  /** A Redis to use; unset: a redis-server of the stack's own. */
  readonly redisUrl?: string;
  /** Start the worker process (a corpus without handlers needs none). */
  readonly worker: boolean;
  readonly workerConcurrency: number;
}

/** The processes of a distributed run: Redis (unless given), coordinators and the worker. */
export interface DistributedStack {
  readonly redisUrl: string;
  /** The pids of every process the stack started. */
  readonly pids: readonly number[];
  /** Stops every process the stack started, by pid: the worker, the coordinators, then Redis. */
  stop(): Promise<void>;
}

/** Starts the stack; if any part fails to start, stops the parts that did and rethrows. */
export async function startDistributedStack(options: DistributedStackOptions): Promise<DistributedStack> {
  let redis: RedisServer | undefined;
  const coordinators: AppProcess[] = [];
  let worker: ConformanceWorkerProcess | undefined;
  const stop = async (): Promise<void> => {
    await worker?.stop();
    await Promise.allSettled(coordinators.map((c) => c.stop()));
    await redis?.stop();
  };
  try {
    if (options.redisUrl === undefined) redis = await startRedis();
    const redisUrl = options.redisUrl ?? (redis as RedisServer).url;
    const starting = Array.from({ length: CONFORMANCE_COORDINATORS }, () =>
      startApp('coordinator', { redisUrl, env: { LOG_LEVEL: 'warn' } }).then((c) => void coordinators.push(c)),
    );
    if (options.worker) {
      const { casesFile: cases, runTag, workerConcurrency: concurrency } = options;
      starting.push(startConformanceWorker({ cases, redisUrl, runTag, concurrency }).then((w) => void (worker = w)));
    }
    const results = await Promise.allSettled(starting);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    return {
      redisUrl,
      pids: [...(redis ? [redis.pid] : []), ...coordinators.map((c) => c.pid), ...(worker ? [worker.pid] : [])],
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
