import { join } from 'node:path';

/** The line the conformance worker prints once it serves its handlers. */
export const CONFORMANCE_WORKER_READY = 'conformance worker: serving';

/** The worker script, run with `node -r scripts/swc-register.js`. */
export const CONFORMANCE_WORKER_SCRIPT = join(__dirname, 'conformance-worker.ts');

/** Handler invocations at once, per handler: a Map case may run many tasks of one handler together. */
export const DEFAULT_WORKER_CONCURRENCY = 100;

export interface ConformanceWorkerOptions {
  /** The corpus whose handlers the worker serves. */
  readonly cases: string;
  readonly redisUrl: string;
  /** The run's tag: executions of this run are named `conformance-<tag>-<index>`. */
  readonly runTag: string;
  readonly concurrency: number;
}

/** The command-line arguments that carry `options` to the worker script. */
export function conformanceWorkerArgs(options: ConformanceWorkerOptions): string[] {
  return ['--cases', options.cases, '--redis', options.redisUrl, '--run', options.runTag, '--concurrency', String(options.concurrency)];
}

/** Reads what conformanceWorkerArgs wrote; throws naming the first missing or bad argument. */
export function parseConformanceWorkerArgs(argv: readonly string[]): ConformanceWorkerOptions {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined) throw new Error(`conformance worker: bad argument ${argv[i]}`);
    values.set(argv[i].slice(2), argv[i + 1]);
  }
  const required = (name: string): string => {
    const value = values.get(name);
    if (value === undefined) throw new Error(`conformance worker: --${name} is required`);
    return value;
  };
  const concurrency = Number(values.get('concurrency') ?? DEFAULT_WORKER_CONCURRENCY);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`conformance worker: bad --concurrency ${values.get('concurrency')}`);
  return { cases: required('cases'), redisUrl: required('redis'), runTag: required('run'), concurrency };
}
