import { randomBytes } from 'node:crypto';
import type { Json, StateMachineDefinition } from '@lib/asl';
import { TASK_HANDLER_REGISTRY } from '@lib/contracts';
import { createEngine, executionId, type Engine } from '@lib/engine';
import { createWorker, type Worker, type WorkerLogger } from '@lib/worker-sdk';
import { Redis } from 'ioredis';
import { ECHO_HANDLER } from './runtime-workloads';

const REGION = 'us-east-1';
const ACCOUNT_ID = '123456789012';
const STATE_MACHINE_NAME = 'bench';

/**
 * History events one execution may have in the bench. A 10,000-item inline Map writes about
 * 70,000 (seven per iteration), past AWS's 25,000, which only a Distributed Map avoids there.
 */
export const BENCH_MAX_HISTORY_EVENTS = 1_000_000;

/** How long to wait for a worker to announce the echo handler. */
const WORKER_READY_TIMEOUT_MS = 30_000;

const quietLogger: WorkerLogger = { log: () => {}, warn: (m) => console.warn(m), error: (m) => console.error(m) };

/**
 * The runtime as a deployment runs it, in this process: the engine with its orchestrator, and a
 * worker-sdk worker serving the echo handler. An execution's end is heard on the channel the
 * orchestrator publishes it to, through one pattern subscription for all executions.
 */
export class StepwiseRuntime {
  private readonly ended = new Map<string, (status: string) => void>();
  private readonly names = randomBytes(4).toString('hex');
  private count = 0;

  private constructor(
    readonly engine: Engine,
    readonly worker: Worker | undefined,
    private readonly subscriber: Redis,
  ) {}

  /** `withWorker: false` leaves the tasks to a worker elsewhere (the cost profile runs it as a process of its own). */
  static async start(redisUrl: string, concurrency: number, withWorker = true): Promise<StepwiseRuntime> {
    const engine = await createEngine({
      redisUrl,
      orchestrate: true,
      concurrency,
      region: REGION,
      accountId: ACCOUNT_ID,
      limits: { maxHistoryEvents: BENCH_MAX_HISTORY_EVENTS },
    });
    const worker = withWorker
      ? createWorker({ connection: { url: redisUrl }, handlers: { [ECHO_HANDLER]: (input) => input }, concurrency, logger: quietLogger })
      : undefined;
    void worker?.run();
    const subscriber = new Redis(redisUrl);
    const runtime = new StepwiseRuntime(engine, worker, subscriber);
    subscriber.on('pmessage', (_pattern, channel: string, status: string) => runtime.onEnded(channel, status));
    await subscriber.psubscribe(engine.repository.keys.endedChannel('*'));
    await untilServed(subscriber.duplicate(), ECHO_HANDLER);
    return runtime;
  }

  /** Starts one execution and resolves with its ARN once it has SUCCEEDED (rejects on any other end). */
  async run(definition: StateMachineDefinition, input: Json): Promise<string> {
    const name = `${this.names}-${++this.count}`;
    const arn = `arn:aws:states:${REGION}:${ACCOUNT_ID}:execution:${STATE_MACHINE_NAME}:${name}`;
    const channel = this.engine.repository.keys.endedChannel(executionId(arn));
    // Listening before the start: a Pass chain can end before start() has returned.
    const status = new Promise<string>((resolve) => this.ended.set(channel, resolve));
    await this.engine.executions.start({
      definition,
      stateMachineArn: `arn:aws:states:${REGION}:${ACCOUNT_ID}:stateMachine:${STATE_MACHINE_NAME}`,
      stateMachineName: STATE_MACHINE_NAME,
      name,
      input,
    });
    const end = await status;
    if (end !== 'SUCCEEDED') {
      const record = await this.engine.executions.describe(arn);
      throw new Error(`execution ${name} ended ${end}: ${record.error}: ${record.cause}`);
    }
    return arn;
  }

  /** Runs one execution and returns its output (for checking a workload before measuring it). */
  async output(definition: StateMachineDefinition, input: Json): Promise<Json | undefined> {
    return (await this.engine.executions.describe(await this.run(definition, input))).output;
  }

  async close(): Promise<void> {
    this.subscriber.disconnect();
    await this.worker?.shutdown();
    await this.engine.close();
  }

  private onEnded(channel: string, status: string): void {
    const resolve = this.ended.get(channel);
    this.ended.delete(channel);
    resolve?.(status);
  }
}

/** Waits until a worker has registered `handler`: until then the orchestrator fails its tasks as unserved. */
async function untilServed(redis: Redis, handler: string): Promise<void> {
  const deadline = Date.now() + WORKER_READY_TIMEOUT_MS;
  try {
    while (!(await redis.sismember(TASK_HANDLER_REGISTRY, handler))) {
      if (Date.now() > deadline) throw new Error(`no worker registered the '${handler}' handler within ${WORKER_READY_TIMEOUT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    redis.disconnect();
  }
}
