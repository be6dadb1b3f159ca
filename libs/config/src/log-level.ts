/** Log levels, most severe first; a process logs its level and everything above it. */
export const LogLevel = {
  Fatal: 'fatal',
  Error: 'error',
  Warn: 'warn',
  Log: 'log',
  Debug: 'debug',
  Verbose: 'verbose',
} as const;
export type LogLevel = (typeof LogLevel)[keyof typeof LogLevel];

/** Every level in order of severity, most severe first. */
export const LOG_LEVELS_BY_SEVERITY: readonly LogLevel[] = Object.values(LogLevel);

/** The levels a process at `level` prints: `level` and every more severe one. */
export function enabledLogLevels(level: LogLevel): LogLevel[] {
  return LOG_LEVELS_BY_SEVERITY.slice(0, LOG_LEVELS_BY_SEVERITY.indexOf(level) + 1);
}
