export type RunMode = 'local' | 'distributed';

export interface RunArgs {
  cases: string;
  mode: RunMode;
  out?: string;
  filter?: string;
  /** Wall-clock limit for one case, so a hanging case fails instead of stalling the run. */
  caseTimeoutMs: number;
  /** Print each failing case with the reason. */
  listFailures: boolean;
  /** Distributed mode: cases in flight at once. */
  concurrency: number;
  /** Distributed mode: the Redis to use, from REDIS_URL; unset, the runner starts its own. */
  redisUrl?: string;
}

/** Default per-case wall-clock guard in local mode. Time inside an execution is virtual, so this is generous. */
export const DEFAULT_CASE_TIMEOUT_MS = 10_000;

/** Default per-case wall-clock guard in distributed mode, where Waits, retries and timeouts take real time. */
export const DEFAULT_DISTRIBUTED_CASE_TIMEOUT_MS = 120_000;

/** Distributed mode: cases in flight at once by default. */
export const DEFAULT_DISTRIBUTED_CONCURRENCY = 64;

export const USAGE =
  'usage: npm run conformance -- --cases FILE [--mode local|distributed] [--out FILE] ' +
  '[--filter SUBSTRING] [--case-timeout-ms N] [--concurrency N] [--list-failures]\n' +
  '  distributed mode (the default) uses the Redis at REDIS_URL when set, else starts a redis-server of its own';

/** The environment variables the runner reads (test code: the runner may read its environment). */
export type RunEnvironment = Readonly<Record<string, string | undefined>>;

/** Parses `process.argv.slice(2)` and the runner's environment. Throws with a usage message on bad input. */
export function parseRunArgs(argv: readonly string[], env: RunEnvironment = {}): RunArgs {
  const args: Partial<RunArgs> = { mode: 'distributed', listFailures: false, concurrency: DEFAULT_DISTRIBUTED_CONCURRENCY };
  const positive = (flag: string, raw: string): number => {
    const n = Number(raw);
    if (!(n > 0)) throw new Error(`${flag} must be a positive number\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const [name, inlineValue] = flag.includes('=') ? flag.split(/=(.*)/s, 2) : [flag, undefined];
    const value = (): string => {
      const v = inlineValue ?? argv[++i];
      if (v === undefined) throw new Error(`${name} needs a value\n${USAGE}`);
      return v;
    };
    switch (name) {
      case '--cases':
        args.cases = value();
        break;
      case '--mode': {
        const mode = value();
        if (mode !== 'local' && mode !== 'distributed') throw new Error(`unknown mode ${mode}\n${USAGE}`);
        args.mode = mode;
        break;
      }
      case '--out':
        args.out = value();
        break;
      case '--filter':
        args.filter = value();
        break;
      case '--case-timeout-ms':
        args.caseTimeoutMs = positive(name, value());
        break;
      case '--concurrency':
        args.concurrency = Math.floor(positive(name, value()));
        break;
      case '--list-failures':
        args.listFailures = true;
        break;
      default:
        throw new Error(`unknown argument ${flag}\n${USAGE}`);
    }
  }
  if (!args.cases) throw new Error(`--cases is required\n${USAGE}`);
  args.caseTimeoutMs ??= args.mode === 'local' ? DEFAULT_CASE_TIMEOUT_MS : DEFAULT_DISTRIBUTED_CASE_TIMEOUT_MS;
  if (env.REDIS_URL) args.redisUrl = env.REDIS_URL;
  return args as RunArgs;
}
