import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import type { Json } from '@lib/asl';
import type { Redis } from 'ioredis';
import type { MeasureOptions } from '../measure';
import { BullmqBulkBaseline } from './bullmq-bulk.baseline';
import { BullmqChainBaseline } from './bullmq-chain.baseline';
import { BullmqFlowBaseline } from './bullmq-flow.baseline';
import { measureConcurrentThroughput } from './concurrent-throughput';
import { measureLatencies, percentile } from './latency';
import { CHAIN_INPUT, CHAIN_LENGTH, chain, mapInput, mapOfTasks, parallelOfTasks, PARALLEL_BRANCHES } from './runtime-workloads';
import type { StepwiseRuntime } from './stepwise.runtime';

/** Items of the Map run that warms both sides up. */
const MAP_WARMUP_ITEMS = 100;

/** One comparison: Stepwise and the hand-written BullMQ equivalent, and the goal for their ratio. */
export interface Comparison {
  readonly name: string;
  readonly unit: 'exec/s' | 'ms';
  readonly stepwise: number;
  readonly bullmq: number;
  /** stepwise / bullmq. */
  readonly ratio: number;
  /** For rates the ratio should be at least this; for times at most this. */
  readonly goal: number;
  readonly floor: number;
}

export interface ScenarioSettings extends MeasureOptions {
  readonly stepwise: StepwiseRuntime;
  readonly connection: Redis;
  /** Prefix of the baseline's queue names, fresh per bench run. */
  readonly queuePrefix: string;
  readonly concurrency: number;
  readonly latencyRuns: number;
  readonly mapItems: number;
  readonly parallelRuns: number;
  readonly log: (line: string) => void;
}

const rate = (name: string, stepwise: number, bullmq: number, goal: number, floor: number): Comparison => ({
  name,
  unit: 'exec/s',
  stepwise,
  bullmq,
  ratio: stepwise / bullmq,
  goal,
  floor,
});

const time = (name: string, stepwise: number, bullmq: number, goal: number, floor: number): Comparison => ({
  name,
  unit: 'ms',
  stepwise,
  bullmq,
  ratio: stepwise / bullmq,
  goal,
  floor,
});

function expectOutput(what: string, actual: Json | undefined, expected: Json): void {
  if (!isDeepStrictEqual(actual, expected)) throw new Error(`${what}: unexpected output ${JSON.stringify(actual)?.slice(0, 200)}`);
}

/** 1 and 2: 10-Task and 10-Pass chains at 10 and 100 executions in flight, against a 10-job BullMQ chain. */
export async function chains(s: ScenarioSettings): Promise<Comparison[]> {
  const tasks = chain('Task');
  const passes = chain('Pass');
  expectOutput('task chain', await s.stepwise.output(tasks, CHAIN_INPUT), CHAIN_INPUT);
  expectOutput('pass chain', await s.stepwise.output(passes, CHAIN_INPUT), CHAIN_INPUT);
  const baseline = new BullmqChainBaseline(s.connection, `${s.queuePrefix}-chain`, s.concurrency);
  try {
    expectOutput('baseline chain', await baseline.run(CHAIN_LENGTH, CHAIN_INPUT), CHAIN_INPUT);
    const comparisons: Comparison[] = [];
    for (const inFlight of [10, 100]) {
      const theirs = await measureConcurrentThroughput(() => baseline.run(CHAIN_LENGTH, CHAIN_INPUT), inFlight, s);
      s.log(`bullmq chain of ${CHAIN_LENGTH} jobs, ${inFlight} in flight: ${theirs.perSecond.toFixed(1)} chains/s`);
      const ourTasks = await measureConcurrentThroughput(() => s.stepwise.run(tasks, CHAIN_INPUT), inFlight, s);
      s.log(`stepwise ${CHAIN_LENGTH}-Task chain, ${inFlight} in flight: ${ourTasks.perSecond.toFixed(1)} executions/s`);
      const ourPasses = await measureConcurrentThroughput(() => s.stepwise.run(passes, CHAIN_INPUT), inFlight, s);
      s.log(`stepwise ${CHAIN_LENGTH}-Pass chain, ${inFlight} in flight: ${ourPasses.perSecond.toFixed(1)} executions/s`);
      comparisons.push(rate(`task-chain-${CHAIN_LENGTH}@${inFlight}`, ourTasks.perSecond, theirs.perSecond, 0.8, 0.5));
      comparisons.push(rate(`pass-chain-${CHAIN_LENGTH}@${inFlight}`, ourPasses.perSecond, theirs.perSecond, 2, 1));
    }
    return comparisons;
  } finally {
    await baseline.close();
  }
}

/** 3: start to end of a 1-Task execution, one at a time (p50), against a one-job BullMQ chain. */
export async function taskLatency(s: ScenarioSettings): Promise<Comparison[]> {
  const oneTask = chain('Task', 1);
  const baseline = new BullmqChainBaseline(s.connection, `${s.queuePrefix}-latency`, s.concurrency);
  try {
    const warmup = Math.ceil(s.latencyRuns / 5);
    const theirs = percentile(await measureLatencies(() => baseline.run(1, CHAIN_INPUT), s.latencyRuns, warmup), 50);
    s.log(`bullmq one job, p50 of ${s.latencyRuns}: ${theirs.toFixed(2)} ms`);
    const ours = percentile(await measureLatencies(() => s.stepwise.run(oneTask, CHAIN_INPUT), s.latencyRuns, warmup), 50);
    s.log(`stepwise 1-Task execution, p50 of ${s.latencyRuns}: ${ours.toFixed(2)} ms`);
    return [time('task-latency-p50', ours, theirs, 2, 4)];
  } finally {
    await baseline.close();
  }
}

/** 4: a Map of echo Tasks over `mapItems` items, against addBulk of as many BullMQ jobs and processing them. */
export async function map(s: ScenarioSettings): Promise<Comparison[]> {
  const definition = mapOfTasks();
  const input = mapInput(s.mapItems);
  const items = (input as { items: Json[] }).items;
  const warmup = mapInput(Math.min(MAP_WARMUP_ITEMS, s.mapItems));
  expectOutput('map (warm-up)', await s.stepwise.output(definition, warmup), (warmup as { items: Json[] }).items);
  const baseline = new BullmqBulkBaseline(s.connection, `${s.queuePrefix}-bulk`, s.concurrency);
  try {
    await baseline.run((warmup as { items: Json[] }).items);
    let start = performance.now();
    await baseline.run(items);
    const theirs = performance.now() - start;
    s.log(`bullmq addBulk + process ${s.mapItems} jobs: ${theirs.toFixed(0)} ms`);
    start = performance.now();
    const arn = await s.stepwise.run(definition, input);
    const ours = performance.now() - start;
    expectOutput('map', (await s.stepwise.engine.executions.describe(arn)).output, items);
    s.log(`stepwise Map of ${s.mapItems} Tasks: ${ours.toFixed(0)} ms`);
    return [time(`map-${s.mapItems}`, ours, theirs, 1.5, 3)];
  } finally {
    await baseline.close();
  }
}

/** 5: a Parallel of 100 one-Task branches (median time), against a BullMQ flow of 100 children and a parent. */
export async function parallel(s: ScenarioSettings): Promise<Comparison[]> {
  const definition = parallelOfTasks();
  const inputs = Array.from({ length: PARALLEL_BRANCHES }, () => CHAIN_INPUT);
  expectOutput('parallel', await s.stepwise.output(definition, CHAIN_INPUT), inputs);
  const baseline = new BullmqFlowBaseline(s.connection, `${s.queuePrefix}-flow`, s.concurrency);
  try {
    expectOutput('baseline flow', await baseline.run(inputs), inputs);
    const warmup = Math.ceil(s.parallelRuns / 5);
    const theirs = percentile(await measureLatencies(() => baseline.run(inputs), s.parallelRuns, warmup), 50);
    s.log(`bullmq flow of ${PARALLEL_BRANCHES} children + parent, median of ${s.parallelRuns}: ${theirs.toFixed(1)} ms`);
    const ours = percentile(await measureLatencies(() => s.stepwise.run(definition, CHAIN_INPUT), s.parallelRuns, warmup), 50);
    s.log(`stepwise Parallel of ${PARALLEL_BRANCHES} Tasks, median of ${s.parallelRuns}: ${ours.toFixed(1)} ms`);
    return [time(`parallel-${PARALLEL_BRANCHES}`, ours, theirs, 2, 4)];
  } finally {
    await baseline.close();
  }
}

export const SCENARIOS = { chains, latency: taskLatency, map, parallel } as const;
export type ScenarioName = keyof typeof SCENARIOS;
