import { TASK_HANDLER_REGISTRY, taskQueueName, type TaskJob } from '@lib/contracts';
import { Worker as QueueWorker } from 'bullmq';
import { hostname } from 'node:os';
import { CancellationListener } from './cancellation.listener';
import { HeartbeatRepository } from './heartbeat.repository';
import { openRedisConnection, type RedisConnection } from './redis-connection';
import { TaskOutcomeRepository } from './task-outcome.repository';
import { TaskProcessor } from './task.processor';
import { compileWorkerOptions, type CompiledWorkerOptions, type WorkerOptions } from './worker-options';

/** How this process names itself to BullMQ: host and pid tell one worker process from another. */
const WORKER_NAME = `${hostname()}:${process.pid}`;

/** The signals that shut a worker down when `handleSignals` is set. */
const SHUTDOWN_SIGNALS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

/**
 * Serves Task states: one BullMQ consumer per handler, on that handler's task queue. Create it
 * with `createWorker`, start it with `run()`, stop it with `shutdown()`.
 */
export class Worker {
  private readonly options: CompiledWorkerOptions;
  private readonly redis: RedisConnection;
  private readonly cancellations: CancellationListener;
  private readonly consumers: QueueWorker<TaskJob>[];
  private running = false;
  private closing?: Promise<void>;
  private readonly closed: Promise<void>;
  private resolveClosed!: () => void;
  private readonly onSignal = (signal: NodeJS.Signals): void => {
    this.options.logger.log(`${signal}: shutting down`);
    void this.shutdown();
  };

  constructor(options: WorkerOptions) {
    this.options = compileWorkerOptions(options);
    this.closed = new Promise((resolve) => (this.resolveClosed = resolve));
    this.redis = openRedisConnection(this.options.connection);
    const { client } = this.redis;
    const { prefix, logger } = this.options;
    const outcomes = new TaskOutcomeRepository(client, prefix);
    const heartbeats = new HeartbeatRepository(client);
    this.cancellations = new CancellationListener(client, logger);
    const { cancellations } = this;
    this.consumers = Object.entries(this.options.handlers).map(([name, handler]) => {
      const { maxResultBytes, maxStalledCount } = this.options;
      const processor = new TaskProcessor(handler, { outcomes, heartbeats, cancellations, maxResultBytes, maxStalledCount });
      const consumer = new QueueWorker<TaskJob>(taskQueueName(name), (job) => processor.process(job), {
        connection: client,
        prefix,
        // BullMQ stores it on each job it takes (`processedBy`): the console shows who holds a task.
        name: WORKER_NAME,
        autorun: false,
        concurrency: this.options.concurrency,
        lockDuration: this.options.lockDurationMs,
        stalledInterval: this.options.stalledIntervalMs,
        maxStalledCount: this.options.maxStalledCount,
      });
      consumer.on('error', (error) => logger.error(`handler '${name}': ${error.message}`));
      return consumer;
    });
  }

  /** The handler names this worker serves. */
  get handlerNames(): string[] {
    return Object.keys(this.options.handlers);
  }

  /** Starts taking tasks; resolves once `shutdown()` has finished. */
  run(): Promise<void> {
    if (this.running || this.closing) throw new Error('Worker.run() was already called, or the worker was shut down');
    this.running = true;
    if (this.options.handleSignals) for (const signal of SHUTDOWN_SIGNALS) process.on(signal, this.onSignal);
    for (const consumer of this.consumers) {
      consumer.run().catch((error: Error) => this.options.logger.error(`consumer of '${consumer.name}' stopped: ${error.message}`));
    }
    void this.register();
    return this.closed;
  }

  /**
   * Registers the handler names (a task for a name never registered fails at once), then says
   * so: once "serving" is logged, tasks for these names are served.
   */
  private async register(): Promise<void> {
    const { logger } = this.options;
    try {
      await this.redis.client.sadd(TASK_HANDLER_REGISTRY, ...this.handlerNames);
      logger.log(`serving ${this.handlerNames.map((name) => `'${name}'`).join(', ')}`);
    } catch (error) {
      logger.error(`registering handlers: ${(error as Error).message}`);
    }
  }

  /**
   * Graceful: stops taking tasks, lets running handlers finish and report, then closes the
   * worker's connections. Safe to call more than once; every call resolves when it is done.
   */
  shutdown(): Promise<void> {
    this.closing ??= this.close();
    return this.closing;
  }

  private async close(): Promise<void> {
    for (const signal of SHUTDOWN_SIGNALS) process.off(signal, this.onSignal);
    // Outcomes are reported on the worker's connection, so it closes only after every handler has finished.
    await Promise.all(this.consumers.map((consumer) => consumer.close()));
    this.cancellations.close();
    await this.redis.release();
    this.options.logger.log('shut down');
    this.resolveClosed();
  }
}

/** Creates a worker serving `options.handlers`; call `run()` to start it. */
export function createWorker(options: WorkerOptions): Worker {
  return new Worker(options);
}
