import { InvalidSettingsError } from './invalid-settings.error';
import { loadSettings } from './load-settings';
import { enabledLogLevels } from './log-level';
import {
  DEFAULT_BULL_BOARD_READ_ONLY,
  DEFAULT_MAX_HISTORY_EVENTS,
  DEFAULT_GRPC_PORT,
  DEFAULT_JOB_LOCK_MS,
  DEFAULT_STALLED_CHECK_MS,
  DEFAULT_LOG_FORMAT,
  DEFAULT_LOG_FORMAT_IN_PRODUCTION,
  DEFAULT_LOG_LEVEL,
  DEFAULT_PORT,
  DEFAULT_STACK_REDIS_PORT,
  DEFAULT_STACK_WORKER_PORT,
} from './settings';

describe(loadSettings.name, () => {
  it('applies the named defaults when nothing is set', () => {
    expect(loadSettings({})).toEqual({
      port: DEFAULT_PORT,
      grpcPort: DEFAULT_GRPC_PORT,
      redisUrl: undefined,
      logLevel: DEFAULT_LOG_LEVEL,
      stackWorkerPort: DEFAULT_STACK_WORKER_PORT,
      stackRedisPort: DEFAULT_STACK_REDIS_PORT,
      jobLockMs: DEFAULT_JOB_LOCK_MS,
      stalledCheckMs: DEFAULT_STALLED_CHECK_MS,
      bullBoardReadOnly: DEFAULT_BULL_BOARD_READ_ONLY,
      logFormat: DEFAULT_LOG_FORMAT,
      accessKeys: [],
      apiKeys: [],
      host: undefined,
      maxHistoryEvents: DEFAULT_MAX_HISTORY_EVENTS,
      activityPollMs: undefined,
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadSettings({ PORT: '', REDIS_URL: ' ' })).toMatchObject({ port: 8080, redisUrl: undefined });
  });

  it('reads every variable', () => {
    const env = {
      PORT: '3000',
      GRPC_PORT: '50052',
      REDIS_URL: 'redis://cache:6380/2',
      LOG_LEVEL: 'DEBUG',
      STACK_WORKER_PORT: '3001',
      STACK_REDIS_PORT: '6390',
      JOB_LOCK_MS: '5000',
      STALLED_CHECK_MS: '1000',
      BULL_BOARD_READ_ONLY: 'false',
      LOG_FORMAT: 'JSON',
      STEPWISE_ACCESS_KEYS: 'AKID1:secret/one, AKID2:sec:ret',
      STEPWISE_API_KEYS: 'key-1,,key-2 ',
      HOST: '0.0.0.0',
      MAX_HISTORY_EVENTS: '100000',
      ACTIVITY_POLL_MS: '2000',
    };
    expect(loadSettings(env)).toEqual({
      port: 3000,
      grpcPort: 50052,
      redisUrl: 'redis://cache:6380/2',
      logLevel: 'debug',
      stackWorkerPort: 3001,
      stackRedisPort: 6390,
      jobLockMs: 5000,
      stalledCheckMs: 1000,
      bullBoardReadOnly: false,
      logFormat: 'json',
      accessKeys: [
        { accessKeyId: 'AKID1', secretAccessKey: 'secret/one' },
        { accessKeyId: 'AKID2', secretAccessKey: 'sec:ret' },
      ],
      apiKeys: ['key-1', 'key-2'],
      host: '0.0.0.0',
      maxHistoryEvents: 100_000,
      activityPollMs: 2000,
    });
  });

  it.each(['0', '65536', '80.5', 'http', '-1'])('rejects PORT=%s', (port) => {
    expect(() => loadSettings({ PORT: port })).toThrow(InvalidSettingsError);
  });

  it('reports every unusable variable at once', () => {
    const error = captureError(() =>
      loadSettings({ PORT: 'x', REDIS_URL: 'http://localhost:6379', LOG_LEVEL: 'loud' }),
    );
    expect(error).toBeInstanceOf(InvalidSettingsError);
    expect((error as InvalidSettingsError).problems).toEqual([
      'PORT must be an integer from 1 to 65535, got "x"',
      'REDIS_URL must start with redis:// or rediss://, got "http://localhost:6379"',
      'LOG_LEVEL must be one of fatal, error, warn, log, debug, verbose, got "loud"',
    ]);
  });

  it.each([
    ['TRUE', true],
    [' 1 ', true],
    ['False', false],
    ['0', false],
  ])('reads BULL_BOARD_READ_ONLY=%s as %s', (raw, readOnly) => {
    expect(loadSettings({ BULL_BOARD_READ_ONLY: raw }).bullBoardReadOnly).toBe(readOnly);
  });

  it('rejects a BULL_BOARD_READ_ONLY that is not true or false', () => {
    expect(() => loadSettings({ BULL_BOARD_READ_ONLY: 'yes please' })).toThrow('BULL_BOARD_READ_ONLY must be true or false, got "yes please"');
  });

  it('logs JSON by default in production, text elsewhere', () => {
    expect(loadSettings({ NODE_ENV: 'production' }).logFormat).toBe(DEFAULT_LOG_FORMAT_IN_PRODUCTION);
    expect(loadSettings({ NODE_ENV: 'production', LOG_FORMAT: 'text' }).logFormat).toBe('text');
    expect(() => loadSettings({ LOG_FORMAT: 'xml' })).toThrow('LOG_FORMAT must be json or text, got "xml"');
  });

  it('rejects an access key without a secret, without echoing the secrets', () => {
    const error = captureError(() => loadSettings({ STEPWISE_ACCESS_KEYS: 'AKID1:topsecret,AKID2' }));
    expect((error as InvalidSettingsError).problems).toEqual(['STEPWISE_ACCESS_KEYS must be accessKeyId:secret pairs separated by commas; entry 2 is not']);
    expect((error as Error).message).not.toContain('topsecret');
  });

  it('rejects a HOST that is not an address', () => {
    expect(() => loadSettings({ HOST: 'http://x y' })).toThrow(/^Invalid settings: HOST must be an address/);
  });

  it('rejects a REDIS_URL that is not a URL', () => {
    expect(() => loadSettings({ REDIS_URL: 'localhost:6379:x' })).toThrow(/REDIS_URL/);
  });
});

describe(enabledLogLevels.name, () => {
  it('enables the given level and every more severe one', () => {
    expect(enabledLogLevels('warn')).toEqual(['fatal', 'error', 'warn']);
    expect(enabledLogLevels('verbose')).toHaveLength(6);
  });
});

function captureError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
