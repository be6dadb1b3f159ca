import { DEFAULT_MAX_HISTORY_EVENTS, DEFAULT_MAX_PAYLOAD_BYTES } from '@lib/asl';
import type { Worker } from 'bullmq';
import { QUEUE_PREFIX, TASK_OUTCOME_GROUP, taskOutcomeStream } from '@lib/contracts';
import { hostname } from 'node:os';
import { Redis } from 'ioredis';
import { DEFAULT_TRANSITION_CONCURRENCY, createTransitionWorker } from './coordinator-worker';
import { OutcomeStreamConsumer } from './outcome-stream.consumer';
import { systemEntropy } from './entropy';
import { ExecutionRepository } from './execution.repository';
import { ExecutionService } from './execution.service';
import { JobRepository } from './job.repository';
import { DEFAULT_KEY_PREFIX, Keys } from './keys';
import { Orchestrator, type OrchestratorSettings } from './orchestrator';
import { RunCache } from './run-cache';
import type { TransitionObserver } from './transition-observer';
import { defineScripts } from './scripts';
import { ExpressService } from './express/express.service';
import { START_EXECUTION_HANDLER, createNestedExecutionConsumer } from './nested/nested-execution.consumer';
import { HandlerRegistry } from './handler-registry';
import { StateMachineRepository } from './state-machine.repository';
import { RemoteTaskHandler } from './express/remote-task-handler';
import { StateMachineAliasRepository } from './state-machine-alias.repository';
import { StateMachineVersionRepository } from './state-machine-version.repository';
import { StateMachineResolver } from './state-machine.resolver';
import { TagRepository } from './tag.repository';
import { PendingTaskRepository } from './pending-task.repository';
import { ActivityRepository } from './activities/activity.repository';
import { ActivityTaskService } from './activities/activity-task.service';
import { MapRunRepository } from './map-runs/map-run.repository';
import { MapRunService } from './map-runs/map-run.service';

/** Region in the ARNs Stepwise makes when none is configured. */
export const DEFAULT_REGION = 'us-east-1';

/** Account in the ARNs Stepwise makes when none is configured. */
export const DEFAULT_ACCOUNT_ID = '123456789012';

/** Memory a coordinator gives the runs it committed last (their stored JSON). */
export const DEFAULT_RUN_CACHE_BYTES = 64 * 1024 * 1024;

/** Children of one Map or Parallel running at once when the definition sets no lower limit. */
export const DEFAULT_MAX_CHILD_CONCURRENCY = 1000;

export interface EngineOptions {
  readonly redisUrl: string;
  /** Prefix of Stepwise's own keys (@default 'sfn'). */
  readonly keyPrefix?: string;
  /** BullMQ's key prefix (@default QUEUE_PREFIX, `{stepwise}`); workers must use the same. */
  readonly queuePrefix?: string;
  readonly region?: string;
  readonly accountId?: string;
  /** Run the orchestrator role: consume transition jobs (@default true). */
  readonly orchestrate?: boolean;
  readonly concurrency?: number;
  /** BullMQ lock duration of transition jobs: how long a dead coordinator's jobs wait. */
  readonly lockDurationMs?: number;
  /** BullMQ stalled-job check interval of the coordinator queue. */
  readonly stalledIntervalMs?: number;
  readonly limits?: Partial<OrchestratorSettings>;
  /** Told of every transition this process's orchestrator commits (metrics). */
  readonly observer?: TransitionObserver;
  /** How long GetActivityTask waits for a task (@default DEFAULT_ACTIVITY_POLL_MS, AWS's 60 s). */
  readonly activityPollMs?: number;
  /** Memory for the runs this coordinator committed last, whose next transitions then skip a read (@default 64 MiB). */
  readonly runCacheBytes?: number;
  /** Where connection problems are reported (they are retried; nothing is lost). @default console.error */
  readonly onError?: (error: Error) => void;
}

/** The runtime of one process: the service API, and the orchestrator when the role is on. */
export interface Engine {
  readonly executions: ExecutionService;
  readonly stateMachines: StateMachineRepository;
  readonly versions: StateMachineVersionRepository;
  readonly aliases: StateMachineAliasRepository;
  /** Turns a state machine, version or alias ARN into what an execution of it runs. */
  readonly resolver: StateMachineResolver;
  readonly tags: TagRepository;
  readonly express: ExpressService;
  readonly repository: ExecutionRepository;
  readonly jobs: JobRepository;
  /** The task attempts executions wait on, and the callbacks awaiting a task token. */
  readonly pendingTasks: PendingTaskRepository;
  readonly activities: ActivityRepository;
  /** GetActivityTask. */
  readonly activityTasks: ActivityTaskService;
  /** ListMapRuns, DescribeMapRun, UpdateMapRun. */
  readonly mapRuns: MapRunService;
  readonly transitions?: Worker;
  close(): Promise<void>;
}

/** How long a coordinator's read of the outcome stream blocks before it looks for abandoned outcomes. */
const OUTCOME_READ_BLOCK_MS = 5000;

/** An outcome read by a coordinator and not applied within this time is taken by another (BullMQ's default lock duration). */
const DEFAULT_OUTCOME_CLAIM_IDLE_MS = 30_000;

/** Engines created by this process, so that each has its own name in the outcome stream's consumer group. */
let consumers = 0;

/** Connects to Redis and wires the runtime; `close()` stops consuming and disconnects. */
export async function createEngine(options: EngineOptions): Promise<Engine> {
  const onError = options.onError ?? ((error: Error) => console.error(`[stepwise-engine] ${error.message}`));
  // Stepwise's own commands and BullMQ's on separate connections: a pipeline copies every script
  // defined on its connection, and BullMQ defines dozens.
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  const queueConnection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  redis.on('error', onError);
  queueConnection.on('error', onError);
  const keys = new Keys(options.keyPrefix ?? DEFAULT_KEY_PREFIX);
  const queuePrefix = options.queuePrefix ?? QUEUE_PREFIX;
  const repository = new ExecutionRepository(defineScripts(redis), keys);
  const jobs = new JobRepository(queueConnection, queuePrefix, onError);
  const where = { region: options.region ?? DEFAULT_REGION, accountId: options.accountId ?? DEFAULT_ACCOUNT_ID };
  const activities = new ActivityRepository(redis, keys);
  const handlers = new HandlerRegistry(redis, activities);
  const orchestrator =
    (options.orchestrate ?? true)
      ? new Orchestrator(
          repository,
          jobs,
          redis,
          handlers,
          systemEntropy,
          {
            maxPayloadBytes: DEFAULT_MAX_PAYLOAD_BYTES,
            maxChildConcurrency: DEFAULT_MAX_CHILD_CONCURRENCY,
            maxHistoryEvents: DEFAULT_MAX_HISTORY_EVENTS,
            ...options.limits,
            observer: options.observer,
          },
          new RunCache(options.runCacheBytes ?? DEFAULT_RUN_CACHE_BYTES),
        )
      : undefined;
  const executions = new ExecutionService(repository, jobs, redis, { ...where, orchestrator });
  const remote = new RemoteTaskHandler(jobs, queueConnection, queuePrefix);
  const express = new ExpressService(remote, where);
  const stateMachines = new StateMachineRepository(redis, keys);
  const aliases = new StateMachineAliasRepository(redis, keys);
  const versions = new StateMachineVersionRepository(redis, keys, aliases);
  const resolver = new StateMachineResolver(stateMachines, versions, aliases, systemEntropy);
  const tags = new TagRepository(redis, keys);
  const activityTasks = new ActivityTaskService(activities, repository, jobs, { connection: queueConnection, prefix: queuePrefix, pollMs: options.activityPollMs });
  let transitions: Worker | undefined;
  let nested: Worker | undefined;
  let outcomes: OutcomeStreamConsumer | undefined;
  if (orchestrator) {
    await handlers.register(START_EXECUTION_HANDLER);
    transitions = createTransitionWorker(orchestrator, queueConnection, {
      prefix: queuePrefix,
      concurrency: options.concurrency,
      lockDurationMs: options.lockDurationMs,
      stalledIntervalMs: options.stalledIntervalMs,
      onError,
    });
    const claimIdleMs = options.lockDurationMs ?? DEFAULT_OUTCOME_CLAIM_IDLE_MS;
    outcomes = new OutcomeStreamConsumer(new Redis(options.redisUrl, { maxRetriesPerRequest: null }), redis, (job, id) => orchestrator.process(job, id), {
      stream: taskOutcomeStream(queuePrefix),
      group: TASK_OUTCOME_GROUP,
      consumer: `${hostname()}:${process.pid}:${++consumers}`,
      concurrency: options.concurrency ?? DEFAULT_TRANSITION_CONCURRENCY,
      blockMs: Math.min(OUTCOME_READ_BLOCK_MS, claimIdleMs / 2),
      claimIdleMs,
      onError,
    });
    outcomes.start();
    nested = createNestedExecutionConsumer(executions, resolver, jobs, queueConnection, { prefix: queuePrefix, onError });
  }
  return {
    executions,
    stateMachines,
    versions,
    aliases,
    resolver,
    tags,
    express,
    repository,
    jobs,
    pendingTasks: new PendingTaskRepository(redis, keys),
    activities,
    activityTasks,
    mapRuns: new MapRunService(repository, new MapRunRepository(redis, keys), jobs),
    transitions,
    async close() {
      await activityTasks.close();
      await transitions?.close();
      await outcomes?.close();
      await nested?.close();
      await remote.close();
      await jobs.close();
      redis.disconnect();
      queueConnection.disconnect();
    },
  };
}
