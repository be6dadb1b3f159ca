import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { startRedis } from '../../test/support/redis-server';
import type { MeasureOptions } from '../measure';
import { MAP_ITEMS } from './runtime-workloads';
import { SCENARIOS, type Comparison, type ScenarioName } from './runtime-scenarios';
import { StepwiseRuntime } from './stepwise.runtime';

/** Handler and transition jobs at once: the orchestrator's, the worker's and each baseline worker's. */
const DEFAULT_CONCURRENCY = 50;

/** Per throughput measurement: warm-up, then the measured window. */
const DEFAULT_OPTIONS: MeasureOptions = { warmupMs: 1_500, budgetMs: 5_000 };

/** One-at-a-time runs of the latency workload, per side. */
const DEFAULT_LATENCY_RUNS = 300;

/** Runs of the Parallel workload, per side (the median is reported). */
const DEFAULT_PARALLEL_RUNS = 10;

interface RuntimeBenchArgs extends MeasureOptions {
  only?: ScenarioName;
  concurrency: number;
  latencyRuns: number;
  mapItems: number;
  parallelRuns: number;
}

function parseArgs(argv: readonly string[]): RuntimeBenchArgs {
  const args: RuntimeBenchArgs = {
    ...DEFAULT_OPTIONS,
    concurrency: DEFAULT_CONCURRENCY,
    latencyRuns: DEFAULT_LATENCY_RUNS,
    mapItems: MAP_ITEMS,
    parallelRuns: DEFAULT_PARALLEL_RUNS,
  };
  for (let i = 0; i < argv.length; i += 2) {
    const value = argv[i + 1];
    const number = Number(value);
    if (argv[i] === '--only' && value in SCENARIOS) args.only = value as ScenarioName;
    else if (argv[i] === '--budget-ms') args.budgetMs = number;
    else if (argv[i] === '--warmup-ms') args.warmupMs = number;
    else if (argv[i] === '--concurrency') args.concurrency = number;
    else if (argv[i] === '--latency-runs') args.latencyRuns = number;
    else if (argv[i] === '--map-items') args.mapItems = number;
    else if (argv[i] === '--parallel-runs') args.parallelRuns = number;
    else {
      throw new Error(
        `bad argument ${argv[i]} ${value ?? ''} (runtime bench takes --only ${Object.keys(SCENARIOS).join('|')}, --budget-ms N, ` +
          '--warmup-ms N, --concurrency N, --latency-runs N, --map-items N, --parallel-runs N)',
      );
    }
  }
  return args;
}

const round = (n: number, digits: number): number => Number(n.toFixed(digits));

function verdict(c: Comparison): string {
  const meets = (bound: number): boolean => (c.unit === 'exec/s' ? c.ratio >= bound : c.ratio <= bound);
  return meets(c.goal) ? 'goal met' : meets(c.floor) ? 'above floor' : 'BELOW FLOOR';
}

function printTable(comparisons: readonly Comparison[]): void {
  const row = (cells: string[]): string =>
    `${cells[0].padEnd(20)}${cells[1].padStart(8)}${cells[2].padStart(12)}${cells[3].padStart(12)}${cells[4].padStart(9)}${cells[5].padStart(12)}  ${cells[6]}`;
  process.stdout.write(`${row(['workload', 'unit', 'stepwise', 'bullmq', 'ratio', 'goal/floor', 'verdict'])}\n`);
  for (const c of comparisons) {
    const bound = c.unit === 'exec/s' ? '>=' : '<=';
    const digits = c.unit === 'ms' && c.stepwise < 100 ? 2 : 1;
    process.stdout.write(
      `${row([c.name, c.unit, c.stepwise.toFixed(digits), c.bullmq.toFixed(digits), `${c.ratio.toFixed(2)}x`, `${bound}${c.goal}/${c.floor}`, verdict(c)])}\n`,
    );
  }
}

/**
 * The distributed runtime against hand-written BullMQ, in this process, on one redis-server of
 * its own: the engine's orchestrator and a worker-sdk worker on one side, BullMQ queues and
 * workers at the same concurrency on the other. Prints a table; the last line is JSON.
 */
export async function main(argv: readonly string[]): Promise<void> {
  const args = parseArgs(argv);
  const log = (line: string): void => void process.stderr.write(`  ${line}\n`);
  const redis = await startRedis();
  log(`redis-server pid ${redis.pid} on ${redis.url}; concurrency ${args.concurrency}`);
  const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
  let stepwise: StepwiseRuntime | undefined;
  const comparisons: Comparison[] = [];
  try {
    stepwise = await StepwiseRuntime.start(redis.url, args.concurrency);
    const settings = { ...args, stepwise, connection, queuePrefix: `bench-${randomBytes(4).toString('hex')}`, log };
    for (const [name, scenario] of Object.entries(SCENARIOS)) {
      if (!args.only || args.only === name) comparisons.push(...(await scenario(settings)));
    }
  } finally {
    await stepwise?.close();
    connection.disconnect();
    await redis.stop();
  }
  printTable(comparisons);
  const ratios = Object.fromEntries(comparisons.map((c) => [c.name, round(c.ratio, 2)]));
  const absolute = Object.fromEntries(
    comparisons.map((c) => [c.name, { unit: c.unit, stepwise: round(c.stepwise, 2), bullmq: round(c.bullmq, 2) }]),
  );
  process.stdout.write(`${JSON.stringify({ bench: 'runtime', ratios, absolute })}\n`);
}
