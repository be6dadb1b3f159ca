import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Json } from '@lib/asl';
import { Redis } from 'ioredis';
import { startRedis, type RedisServer } from '../../test/support/redis-server';
import { ScriptProcess } from '../../test/support/script-process';
import { BullmqBulkBaseline } from './bullmq-bulk.baseline';
import { BullmqChainBaseline } from './bullmq-chain.baseline';
import { BullmqFlowBaseline } from './bullmq-flow.baseline';
import { CommandMonitor, type CommandCounts } from './command-monitor';
import { keyFamily } from './key-family';
import { CpuProfile } from './cpu-profile';
import { cpuMsOfPid, ownCpuMs } from './process-cpu';
import { runCount } from './run-count';
import { CHAIN_INPUT, CHAIN_LENGTH, chain, mapInput, mapOfTasks, parallelOfTasks, PARALLEL_BRANCHES } from './runtime-workloads';
import { StepwiseRuntime } from './stepwise.runtime';

const CONCURRENCY = 50;

/** Items of the Map workload here: it runs three times (warm-up, timed, counted), and its time grows with the square of the items. */
const DEFAULT_COST_MAP_ITEMS = 300;

/** One workload as both sides run it, and how many steps (Tasks, Passes, items, branches) one run has. */
interface CostWorkload {
  readonly name: string;
  readonly runs: number;
  readonly inFlight: number;
  readonly stepsPerRun: number;
  readonly stepwise: () => Promise<unknown>;
  readonly bullmq: () => Promise<unknown>;
}

interface SideCost {
  readonly wallMs: number;
  readonly cpuMs: { readonly process: number; readonly worker: number; readonly redis: number };
  readonly transitions: number;
  /** Transition job attempts that threw (a commit that kept conflicting); BullMQ retries them after a backoff. */
  readonly failedAttempts: number;
  readonly commands: CommandCounts;
}

interface Processes {
  readonly redis: RedisServer;
  readonly worker: ScriptProcess;
  readonly stepwise: StepwiseRuntime;
}

/** Runs `once` `runs` times twice: timed with CPU readings (and a CPU profile when asked), then under MONITOR to count commands. */
async function cost(
  p: Processes,
  once: () => Promise<unknown>,
  runs: number,
  inFlight: number,
  monitorRuns: number,
  profile?: { dir: string; name: string },
): Promise<SideCost> {
  let transitions = 0;
  let failedAttempts = 0;
  const onCompleted = (): void => void (transitions += 1);
  const onFailed = (): void => void (failedAttempts += 1);
  p.stepwise.engine.transitions?.on('completed', onCompleted);
  p.stepwise.engine.transitions?.on('failed', onFailed);
  const before = { process: ownCpuMs(), worker: cpuMsOfPid(p.worker.pid), redis: cpuMsOfPid(p.redis.pid) };
  const profiler = profile && (await CpuProfile.start());
  const start = performance.now();
  await runCount(once, runs, inFlight);
  const wallMs = performance.now() - start;
  const shares = profile && profiler ? await profiler.stop(profile.dir, profile.name) : undefined;
  const cpuMs = {
    process: ownCpuMs() - before.process,
    worker: cpuMsOfPid(p.worker.pid) - before.worker,
    redis: cpuMsOfPid(p.redis.pid) - before.redis,
  };
  if (profile && shares) {
    const top = shares.slice(0, 10).map(([who, share]) => `${who} ${(share * 100).toFixed(1)}%`);
    process.stdout.write(`           CPU profile of this process (${profile.name}): ${top.join('; ')}\n`);
  }
  const timedTransitions = transitions;
  const timedFailures = failedAttempts;
  const monitor = await CommandMonitor.start(p.redis.url, keyFamily);
  transitions = 0;
  await runCount(once, monitorRuns, inFlight);
  const commands = await monitor.stop();
  p.stepwise.engine.transitions?.off('completed', onCompleted);
  p.stepwise.engine.transitions?.off('failed', onFailed);
  return { wallMs, cpuMs, transitions: timedTransitions / runs, failedAttempts: timedFailures / runs, commands: scale(commands, 1 / monitorRuns) };
}

function scale(c: CommandCounts, factor: number): CommandCounts {
  return {
    roundTrips: new Map([...c.roundTrips].map(([k, v]) => [k, v * factor])),
    roundTripTotal: c.roundTripTotal * factor,
    clientTotal: c.clientTotal * factor,
    luaTotal: c.luaTotal * factor,
    bytesSent: c.bytesSent * factor,
  };
}

function report(w: CostWorkload, side: string, c: SideCost): object {
  const perStep = (n: number): number => Number((n / (w.runs * w.stepsPerRun)).toFixed(3));
  const perRunStep = (n: number): number => Number((n / w.stepsPerRun).toFixed(2));
  const cpu = { process: perStep(c.cpuMs.process), worker: perStep(c.cpuMs.worker), redis: perStep(c.cpuMs.redis) };
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  log(`  ${side.padEnd(8)} ${(c.wallMs / 1000).toFixed(2)} s, ${((w.runs * 1000) / c.wallMs).toFixed(1)} runs/s; per step: ` +
      `CPU ms ${side === 'stepwise' ? `coordinator ${cpu.process}, worker ${cpu.worker}` : `process ${cpu.process}`}, redis ${cpu.redis}; ` +
      `round trips ${perRunStep(c.commands.roundTripTotal)}, client commands ${perRunStep(c.commands.clientTotal)}, ` +
      `commands in Lua ${perRunStep(c.commands.luaTotal)}, bytes sent ${Math.round(perRunStep(c.commands.bytesSent))}` +
      `${side === 'stepwise' ? `, transition jobs ${perRunStep(c.transitions)}, failed transition attempts ${perRunStep(c.failedAttempts)}` : ''}`);
  const top = [...c.commands.roundTrips].sort((a, b) => b[1] - a[1]).slice(0, 8);
  log(`           round trips per step: ${top.map(([k, v]) => `${k} ${perRunStep(v)}`).join('; ')}`);
  return {
    wallMs: Math.round(c.wallMs),
    cpuMsPerStep: side === 'stepwise' ? { coordinator: cpu.process, worker: cpu.worker, redis: cpu.redis } : { process: cpu.process, redis: cpu.redis },
    perStep: {
      roundTrips: perRunStep(c.commands.roundTripTotal),
      clientCommands: perRunStep(c.commands.clientTotal),
      luaCommands: perRunStep(c.commands.luaTotal),
      bytesSent: Math.round(perRunStep(c.commands.bytesSent)),
      ...(side === 'stepwise' && { transitionJobs: perRunStep(c.transitions), failedTransitionAttempts: perRunStep(c.failedAttempts) }),
    },
    roundTripsPerStep: Object.fromEntries(top.map(([k, v]) => [k, perRunStep(v)])),
  };
}

function workloads(p: Processes, connection: Redis, prefix: string, mapItems: number): { list: CostWorkload[]; close(): Promise<void> } {
  const chains = new BullmqChainBaseline(connection, `${prefix}-chain`, CONCURRENCY);
  const bulk = new BullmqBulkBaseline(connection, `${prefix}-bulk`, CONCURRENCY);
  const flows = new BullmqFlowBaseline(connection, `${prefix}-flow`, CONCURRENCY);
  const tasks = chain('Task');
  const passes = chain('Pass');
  const oneTask = chain('Task', 1);
  const mapDefinition = mapOfTasks();
  const input = mapInput(mapItems);
  const items = (input as { items: Json[] }).items;
  const branches = Array.from({ length: PARALLEL_BRANCHES }, () => CHAIN_INPUT);
  const parallel = parallelOfTasks();
  const s = p.stepwise;
  return {
    list: [
      { name: 'task-chain-10', runs: 200, inFlight: 100, stepsPerRun: CHAIN_LENGTH, stepwise: () => s.run(tasks, CHAIN_INPUT), bullmq: () => chains.run(CHAIN_LENGTH, CHAIN_INPUT) },
      { name: 'pass-chain-10', runs: 1000, inFlight: 100, stepsPerRun: CHAIN_LENGTH, stepwise: () => s.run(passes, CHAIN_INPUT), bullmq: () => chains.run(CHAIN_LENGTH, CHAIN_INPUT) },
      { name: 'task-1 (latency)', runs: 100, inFlight: 1, stepsPerRun: 1, stepwise: () => s.run(oneTask, CHAIN_INPUT), bullmq: () => chains.run(1, CHAIN_INPUT) },
      { name: `parallel-${PARALLEL_BRANCHES}`, runs: 5, inFlight: 1, stepsPerRun: PARALLEL_BRANCHES, stepwise: () => s.run(parallel, CHAIN_INPUT), bullmq: () => flows.run(branches) },
      { name: `map-${mapItems}`, runs: 1, inFlight: 1, stepsPerRun: mapItems, stepwise: () => s.run(mapDefinition, input), bullmq: () => bulk.run(items) },
    ],
    async close() {
      await Promise.all([chains.close(), bulk.close(), flows.close()]);
    },
  };
}

/**
 * Where the runtime's time goes, for docs/benchmarks.md: per step of each workload, the CPU of
 * the coordinator process (orchestrator and load), of a worker process of its own and of
 * redis-server, and the Redis round trips (counted with MONITOR on a second, untimed pass). The
 * hand-written BullMQ equivalents are measured the same way. Takes --only <name>, --map-items N,
 * and --cpu-profile <dir> to write a V8 CPU profile of this process's timed pass per workload and side.
 */
export async function main(argv: readonly string[]): Promise<void> {
  const only = argv[argv.indexOf('--only') + 1];
  const profileDir = argv.includes('--cpu-profile') ? argv[argv.indexOf('--cpu-profile') + 1] : undefined;
  const mapItems = argv.includes('--map-items') ? Number(argv[argv.indexOf('--map-items') + 1]) : DEFAULT_COST_MAP_ITEMS;
  const redis = await startRedis();
  const worker = await ScriptProcess.start('bench/runtime/echo-worker.process.ts', [redis.url, String(CONCURRENCY)]);
  const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
  const stepwise = await StepwiseRuntime.start(redis.url, CONCURRENCY, false);
  const p = { redis, worker, stepwise };
  const { list, close } = workloads(p, connection, `bench-${randomBytes(4).toString('hex')}`, mapItems);
  const results: Record<string, object> = {};
  try {
    process.stdout.write(`redis-server pid ${redis.pid}, worker pid ${worker.pid}, coordinator pid ${process.pid}; concurrency ${CONCURRENCY}\n`);
    for (const w of list.filter((x) => !argv.includes('--only') || x.name.startsWith(only))) {
      const monitorRuns = Math.max(1, Math.ceil(w.runs / 4));
      await runCount(w.stepwise, Math.max(1, Math.ceil(w.runs / 4)), w.inFlight); // warm-up
      await runCount(w.bullmq, Math.max(1, Math.ceil(w.runs / 4)), w.inFlight);
      process.stdout.write(`${w.name}: ${w.runs} runs, ${w.inFlight} in flight, ${w.stepsPerRun} steps each\n`);
      const profile = (side: string) => (profileDir ? { dir: profileDir, name: `${w.name}-${side}` } : undefined);
      const ours = report(w, 'stepwise', await cost(p, w.stepwise, w.runs, w.inFlight, monitorRuns, profile('stepwise')));
      const theirs = report(w, 'bullmq', await cost(p, w.bullmq, w.runs, w.inFlight, monitorRuns, profile('bullmq')));
      results[w.name] = { stepwise: ours, bullmq: theirs };
    }
  } finally {
    await close();
    await stepwise.close();
    connection.disconnect();
    await worker.stop();
    await redis.stop();
  }
  process.stdout.write(`${JSON.stringify({ bench: 'runtime-cost', results })}\n`);
}
