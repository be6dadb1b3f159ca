import { DEFAULT_CASE_TIMEOUT_MS, parseRunArgs } from './cli-args';

describe('parseRunArgs', () => {
  it('reads every flag, in both --flag value and --flag=value forms', () => {
    expect(parseRunArgs(['--cases', 'c.jsonl', '--mode=local', '--out', 'o.jsonl', '--filter', 'Map', '--list-failures'])).toEqual({
      cases: 'c.jsonl',
      mode: 'local',
      out: 'o.jsonl',
      filter: 'Map',
      caseTimeoutMs: DEFAULT_CASE_TIMEOUT_MS,
      listFailures: true,
    });
  });

  it('defaults to distributed mode, as the contract says', () => {
    expect(parseRunArgs(['--cases', 'c.jsonl']).mode).toBe('distributed');
  });

  it('rejects missing --cases, unknown modes and unknown flags', () => {
    expect(() => parseRunArgs([])).toThrow('--cases is required');
    expect(() => parseRunArgs(['--cases', 'c', '--mode', 'cloud'])).toThrow('unknown mode cloud');
    expect(() => parseRunArgs(['--cases', 'c', '--verbose'])).toThrow('unknown argument --verbose');
    expect(() => parseRunArgs(['--cases'])).toThrow('--cases needs a value');
  });
});
