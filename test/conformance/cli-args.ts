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
}

/** Default per-case wall-clock guard. Time inside an execution is virtual, so this is generous. */
export const DEFAULT_CASE_TIMEOUT_MS = 10_000;

export const USAGE =
  'usage: npm run conformance -- --cases FILE [--mode local|distributed] [--out FILE] ' +
  '[--filter SUBSTRING] [--case-timeout-ms N] [--list-failures]';

/** Parses `process.argv.slice(2)`. Throws with a usage message on bad input. */
export function parseRunArgs(argv: readonly string[]): RunArgs {
  const args: Partial<RunArgs> = { mode: 'distributed', caseTimeoutMs: DEFAULT_CASE_TIMEOUT_MS, listFailures: false };
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
        args.caseTimeoutMs = Number(value());
        if (!(args.caseTimeoutMs > 0)) throw new Error(`--case-timeout-ms must be a positive number\n${USAGE}`);
        break;
      case '--list-failures':
        args.listFailures = true;
        break;
      default:
        throw new Error(`unknown argument ${flag}\n${USAGE}`);
    }
  }
  if (!args.cases) throw new Error(`--cases is required\n${USAGE}`);
  return args as RunArgs;
}
