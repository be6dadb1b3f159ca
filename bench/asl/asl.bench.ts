import { isDeepStrictEqual } from 'node:util';
import { measureThroughput, type MeasureOptions } from '../measure';
import { ASL_WORKLOADS } from './asl-workloads';
import { theirRunner } from './aws-local-stepfunctions.engine';
import { ourRunner } from './stepwise.engine';

/** Default real-time budgets per workload and engine. */
const DEFAULT_OPTIONS: MeasureOptions = { warmupMs: 500, budgetMs: 2_500 };

interface AslBenchArgs extends MeasureOptions {
  only?: string;
}

function parseArgs(argv: readonly string[]): AslBenchArgs {
  const args: AslBenchArgs = { ...DEFAULT_OPTIONS };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--budget-ms') args.budgetMs = Number(value);
    else if (argv[i] === '--warmup-ms') args.warmupMs = Number(value);
    else if (argv[i] === '--only') args.only = value;
    else throw new Error(`unknown argument ${argv[i]} (asl bench takes --budget-ms N --warmup-ms N --only WORKLOAD)`);
    i += 1;
  }
  return args;
}

const round = (n: number, digits: number): number => Number(n.toFixed(digits));

/**
 * Runs each workload on both engines, one after the other in this process, and prints
 * executions per second and ours/theirs. The last line is machine-readable JSON.
 */
export async function main(argv: readonly string[]): Promise<void> {
  const args = parseArgs(argv);
  const ratios: Record<string, number> = {};
  const absolute: Record<string, { ours: number; theirs: number }> = {};
  const row = (a: string, b: string, c: string, d: string): string => `${a.padEnd(16)}${b.padStart(14)}${c.padStart(14)}${d.padStart(12)}`;
  process.stdout.write(`${row('workload', 'ours exec/s', 'theirs exec/s', 'ours/theirs')}\n`);
  for (const workload of ASL_WORKLOADS.filter((w) => !args.only || w.name === args.only)) {
    const ours = ourRunner(workload);
    const theirs = theirRunner(workload);
    const [ourOutput, theirOutput] = [await ours(), await theirs()];
    if (!isDeepStrictEqual(ourOutput, theirOutput)) {
      process.stderr.write(`warning: ${workload.name}: outputs differ between engines\n`);
    }
    const our = await measureThroughput(ours, args);
    const their = await measureThroughput(theirs, args);
    ratios[workload.name] = round(our.perSecond / their.perSecond, 2);
    absolute[workload.name] = { ours: round(our.perSecond, 1), theirs: round(their.perSecond, 1) };
    process.stdout.write(
      `${row(workload.name, our.perSecond.toFixed(1), their.perSecond.toFixed(1), `${ratios[workload.name].toFixed(2)}x`)}\n`,
    );
  }
  process.stdout.write(`${JSON.stringify({ bench: 'asl', ratios, absolute })}\n`);
}
