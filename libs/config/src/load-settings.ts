import { parseAccessKeys, parseApiKeys } from './credentials';
import { parseBoolean, parseCount, parseHost, parseLogLevel, parseMilliseconds, parsePort, parseRedisUrl, type Parsed } from './env-value.parsers';
import { InvalidSettingsError } from './invalid-settings.error';
import { parseLogFormat } from './log-format';
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
  SettingName,
  type Settings,
} from './settings';

/** A snapshot of environment variables, such as `process.env`. */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Reads settings from `env`, applying the named defaults to unset or empty variables.
 * Throws InvalidSettingsError listing every unusable variable, not only the first.
 */
export function loadSettings(env: Environment): Settings {
  const problems: string[] = [];
  const read = <T>(name: SettingName, parse: (raw: string) => Parsed<T>, fallback: T): T => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const parsed = parse(raw);
    if (parsed.ok) return parsed.value;
    problems.push(`${name} ${parsed.problem}`);
    return fallback;
  };

  const settings: Settings = {
    port: read(SettingName.Port, parsePort, DEFAULT_PORT),
    grpcPort: read(SettingName.GrpcPort, parsePort, DEFAULT_GRPC_PORT),
    redisUrl: read<string | undefined>(SettingName.RedisUrl, parseRedisUrl, undefined),
    logLevel: read(SettingName.LogLevel, parseLogLevel, DEFAULT_LOG_LEVEL),
    stackWorkerPort: read(SettingName.StackWorkerPort, parsePort, DEFAULT_STACK_WORKER_PORT),
    stackRedisPort: read(SettingName.StackRedisPort, parsePort, DEFAULT_STACK_REDIS_PORT),
    jobLockMs: read(SettingName.JobLockMs, parseMilliseconds, DEFAULT_JOB_LOCK_MS),
    stalledCheckMs: read(SettingName.StalledCheckMs, parseMilliseconds, DEFAULT_STALLED_CHECK_MS),
    bullBoardReadOnly: read(SettingName.BullBoardReadOnly, parseBoolean, DEFAULT_BULL_BOARD_READ_ONLY),
    logFormat: read(SettingName.LogFormat, parseLogFormat, env[SettingName.NodeEnv] === 'production' ? DEFAULT_LOG_FORMAT_IN_PRODUCTION : DEFAULT_LOG_FORMAT),
    accessKeys: read(SettingName.AccessKeys, parseAccessKeys, []),
    apiKeys: read(SettingName.ApiKeys, parseApiKeys, []),
    host: read<string | undefined>(SettingName.Host, parseHost, undefined),
    maxHistoryEvents: read(SettingName.MaxHistoryEvents, parseCount, DEFAULT_MAX_HISTORY_EVENTS),
    activityPollMs: read<number | undefined>(SettingName.ActivityPollMs, parseMilliseconds, undefined),
  };
  if (problems.length > 0) throw new InvalidSettingsError(problems);
  return settings;
}
