import { DEFAULT_WORKER_CONCURRENCY, conformanceWorkerArgs, parseConformanceWorkerArgs } from './conformance-worker-options';

describe(parseConformanceWorkerArgs.name, () => {
  it('reads back what conformanceWorkerArgs writes', () => {
    const options = { cases: '/c.jsonl', redisUrl: 'redis://127.0.0.1:1', runTag: 'ab12', concurrency: 7 };
    expect(parseConformanceWorkerArgs(conformanceWorkerArgs(options))).toEqual(options);
  });

  it('defaults the concurrency and rejects missing or bad arguments', () => {
    expect(parseConformanceWorkerArgs(['--cases', 'c', '--redis', 'r', '--run', 't']).concurrency).toBe(DEFAULT_WORKER_CONCURRENCY);
    expect(() => parseConformanceWorkerArgs(['--cases', 'c', '--run', 't'])).toThrow('--redis is required');
    expect(() => parseConformanceWorkerArgs(['--cases'])).toThrow('bad argument --cases');
    expect(() => parseConformanceWorkerArgs(['--cases', 'c', '--redis', 'r', '--run', 't', '--concurrency', '0'])).toThrow('bad --concurrency');
  });
});
