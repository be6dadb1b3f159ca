import { DEFAULT_MAX_HISTORY_EVENTS, DEFAULT_MAX_PAYLOAD_BYTES } from '@lib/asl';
import type { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { createTransitionWorker } from './coordinator-worker';
import { systemEntropy } from './entropy';
import { ExecutionRepository } from './execution.repository';
import { ExecutionService } from './execution.service';
import { JobRepository } from './job.repository';
import { DEFAULT_KEY_PREFIX, Keys } from './keys';
import { Orchestrator, type OrchestratorSettings } from './orchestrator';
import { defineScripts } from './scripts';

/** Children of one Map or Parallel running at once when the definition sets no lower limit. */
export const DEFAULT_MAX_CHILD_CONCURRENCY = 1000;

export interface EngineOptions {
  readonly redisUrl: string;
  /** Prefix of Stepwise's own keys (@default 'sfn'). */
  readonly keyPrefix?: string;
  /** BullMQ's key prefix (@default BullMQ's 'bull'). */
  readonly queuePrefix?: string;
  readonly region?: string;
  readonly accountId?: string;
  /** Run the orchestrator role: consume transition jobs (@default true). */
  readonly orchestrate?: boolean;
  readonly concurrency?: number;
  readonly limits?: Partial<OrchestratorSettings>;
}

/** The runtime of one process: the service API, and the orchestrator when the role is on. */
export interface Engine {
  readonly executions: ExecutionService;
  readonly repository: ExecutionRepository;
  readonly jobs: JobRepository;
  readonly transitions?: Worker;
  close(): Promise<void>;
}

/** Connects to Redis and wires the runtime; `close()` stops consuming and disconnects. */
export async function createEngine(options: EngineOptions): Promise<Engine> {
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  const keys = new Keys(options.keyPrefix ?? DEFAULT_KEY_PREFIX);
  const repository = new ExecutionRepository(defineScripts(redis), keys);
  const jobs = new JobRepository(redis, options.queuePrefix);
  const executions = new ExecutionService(repository, jobs, redis, {
    region: options.region ?? 'us-east-1',
    accountId: options.accountId ?? '123456789012',
  });
  let transitions: Worker | undefined;
  if (options.orchestrate ?? true) {
    const orchestrator = new Orchestrator(repository, jobs, redis, systemEntropy, {
      maxPayloadBytes: DEFAULT_MAX_PAYLOAD_BYTES,
      maxChildConcurrency: DEFAULT_MAX_CHILD_CONCURRENCY,
      maxHistoryEvents: DEFAULT_MAX_HISTORY_EVENTS,
      ...options.limits,
    });
    transitions = createTransitionWorker(orchestrator, redis, { prefix: options.queuePrefix, concurrency: options.concurrency });
  }
  return {
    executions,
    repository,
    jobs,
    transitions,
    async close() {
      await transitions?.close();
      await jobs.close();
      redis.disconnect();
    },
  };
}
