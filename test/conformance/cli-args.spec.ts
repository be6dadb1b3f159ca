import {
  DEFAULT_CASE_TIMEOUT_MS,
  DEFAULT_DISTRIBUTED_CASE_TIMEOUT_MS,
  DEFAULT_DISTRIBUTED_CONCURRENCY,
  parseRunArgs,
} from './cli-args';

describe('parseRunArgs', () => {
  it('reads every flag, in both --flag value and --flag=value forms', () => {
    expect(parseRunArgs(['--cases', 'c.jsonl', '--mode=local', '--out', 'o.jsonl', '--filter', 'Map', '--list-failures'])).toEqual({
      cases: 'c.jsonl',
      mode: 'local',
      out: 'o.jsonl',
      filter: 'Map',
      caseTimeoutMs: DEFAULT_CASE_TIMEOUT_MS,
      listFailures: true,
      concurrency: DEFAULT_DISTRIBUTED_CONCURRENCY,
    });
    expect(parseRunArgs(['--cases', 'c', '--case-timeout-ms', '5000', '--concurrency=8'])).toMatchObject({ caseTimeoutMs: 5000, concurrency: 8 });
  });

  it('defaults to distributed mode, as the contract says, with a real-time case guard', () => {
    expect(parseRunArgs(['--cases', 'c.jsonl'])).toMatchObject({ mode: 'distributed', caseTimeoutMs: DEFAULT_DISTRIBUTED_CASE_TIMEOUT_MS });
  });

  it('takes the Redis of a distributed run from REDIS_URL, ignoring an empty one', () => {
    expect(parseRunArgs(['--cases', 'c'], { REDIS_URL: 'redis://10.0.0.1:6379' }).redisUrl).toBe('redis://10.0.0.1:6379');
    expect(parseRunArgs(['--cases', 'c'], { REDIS_URL: '' }).redisUrl).toBeUndefined();
    expect(parseRunArgs(['--cases', 'c']).redisUrl).toBeUndefined();
  });

  it('rejects missing --cases, unknown modes, unknown flags and bad numbers', () => {
    expect(() => parseRunArgs([])).toThrow('--cases is required');
    expect(() => parseRunArgs(['--cases', 'c', '--mode', 'cloud'])).toThrow('unknown mode cloud');
    expect(() => parseRunArgs(['--cases', 'c', '--verbose'])).toThrow('unknown argument --verbose');
    expect(() => parseRunArgs(['--cases'])).toThrow('--cases needs a value');
    expect(() => parseRunArgs(['--cases', 'c', '--concurrency', '0'])).toThrow('--concurrency must be a positive number');
  });
});
