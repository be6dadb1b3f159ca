import type { Parsed } from './env-value.parsers';

/** How a process prints its log lines. */
export const LogFormat = {
  /** One JSON object per line, for log collectors. */
  Json: 'json',
  /** Nest's coloured lines, for people. */
  Text: 'text',
} as const;
export type LogFormat = (typeof LogFormat)[keyof typeof LogFormat];

export function parseLogFormat(raw: string): Parsed<LogFormat> {
  const format = Object.values(LogFormat).find((candidate) => candidate === raw.trim().toLowerCase());
  return format === undefined ? { ok: false, problem: `must be json or text, got "${raw}"` } : { ok: true, value: format };
}
