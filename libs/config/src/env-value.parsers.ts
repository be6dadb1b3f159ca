import { LOG_LEVELS_BY_SEVERITY, type LogLevel } from './log-level';

/** Either a parsed value or a message saying why the raw text was rejected. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const MAX_PORT = 65535;
const REDIS_PROTOCOLS = ['redis:', 'rediss:'];

export function parsePort(raw: string): Parsed<number> {
  const port = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || port < 1 || port > MAX_PORT) {
    return { ok: false, problem: `must be an integer from 1 to ${MAX_PORT}, got "${raw}"` };
  }
  return { ok: true, value: port };
}

export function parseMilliseconds(raw: string): Parsed<number> {
  return parsePositiveWholeNumber(raw, 'a positive whole number of milliseconds');
}

export function parseCount(raw: string): Parsed<number> {
  return parsePositiveWholeNumber(raw, 'a positive whole number');
}

function parsePositiveWholeNumber(raw: string, what: string): Parsed<number> {
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < 1) return { ok: false, problem: `must be ${what}, got "${raw}"` };
  return { ok: true, value };
}

export function parseRedisUrl(raw: string): Parsed<string> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, problem: `must be a URL such as redis://localhost:6379, got "${raw}"` };
  }
  if (!REDIS_PROTOCOLS.includes(url.protocol)) {
    return { ok: false, problem: `must start with redis:// or rediss://, got "${raw}"` };
  }
  return { ok: true, value: raw };
}

const TRUE_WORDS = ['true', '1'];
const FALSE_WORDS = ['false', '0'];

export function parseBoolean(raw: string): Parsed<boolean> {
  const word = raw.trim().toLowerCase();
  if (TRUE_WORDS.includes(word)) return { ok: true, value: true };
  if (FALSE_WORDS.includes(word)) return { ok: true, value: false };
  return { ok: false, problem: `must be true or false, got "${raw}"` };
}

export function parseLogLevel(raw: string): Parsed<LogLevel> {
  const level = raw.trim().toLowerCase();
  const known = LOG_LEVELS_BY_SEVERITY.find((candidate) => candidate === level);
  if (known === undefined) {
    return { ok: false, problem: `must be one of ${LOG_LEVELS_BY_SEVERITY.join(', ')}, got "${raw}"` };
  }
  return { ok: true, value: known };
}

/** An interface to bind: an IPv4 or IPv6 address or a host name. */
export function parseHost(raw: string): Parsed<string> {
  const host = raw.trim();
  if (!/^[A-Za-z0-9.:_-]+$/.test(host)) return { ok: false, problem: `must be an address such as 0.0.0.0 or 127.0.0.1, got "${raw}"` };
  return { ok: true, value: host };
}
