/**
 * Benchmarks: `npm run bench -- <name> [options]`.
 *   asl           the in-memory executor vs aws-local-stepfunctions, in one process
 *   runtime       the distributed runtime (engine + worker-sdk) vs hand-written BullMQ, on one Redis
 *   runtime-cost  where the runtime's time goes: CPU per process and Redis round trips per step
 */
const BENCHES: Record<string, () => Promise<{ main(argv: readonly string[]): Promise<void> }>> = {
  asl: () => import('./asl/asl.bench'),
  runtime: () => import('./runtime/runtime.bench'),
  'runtime-cost': () => import('./runtime/runtime-cost.bench'),
};

async function main(argv: readonly string[]): Promise<void> {
  const [name, ...rest] = argv;
  const load = name === undefined ? undefined : BENCHES[name];
  if (!load) {
    process.stderr.write(`usage: npm run bench -- <${Object.keys(BENCHES).join('|')}> [options]\n`);
    process.exitCode = 2;
    return;
  }
  await (await load()).main(rest);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
