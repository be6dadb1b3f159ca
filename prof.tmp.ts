import { execute, seededEntropy, VirtualClock } from '@lib/asl';
const fn = (n: string) => `arn:aws:lambda:us-east-1:111111111111:function:${n}`;
const states: any = {};
for (let i = 0; i < 10; i++) states[`S${i}`] = { Type: process.argv[2] === 'task' ? 'Task' : 'Pass', ...(process.argv[2] === 'task' ? { Resource: fn('echo') } : {}), ...(i < 9 ? { Next: `S${i + 1}` } : { End: true }) };
const definition = { StartAt: 'S0', States: states };
const entropy = seededEntropy(1);
const handlers = { echo: async (x: any) => x };
async function main() {
  const n = 20000;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) await execute({ definition, input: { a: 1 }, entropy, handlers, clock: new VirtualClock(0) });
    console.log(process.argv[2], (n / ((performance.now() - t0) / 1000)).toFixed(0), 'exec/s');
  }
}
main();
