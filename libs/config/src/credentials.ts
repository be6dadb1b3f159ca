import type { Parsed } from './env-value.parsers';

/** One AWS-style key pair the AWS door accepts Signature V4 requests from. */
export interface AccessKey {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/** Separates the entries of STEPWISE_ACCESS_KEYS and STEPWISE_API_KEYS. */
const LIST_SEPARATOR = ',';

/** `STEPWISE_ACCESS_KEYS`: `accessKeyId:secret` pairs, comma-separated. */
export function parseAccessKeys(raw: string): Parsed<readonly AccessKey[]> {
  const keys: AccessKey[] = [];
  for (const entry of entries(raw)) {
    const colon = entry.indexOf(':');
    if (colon <= 0 || colon === entry.length - 1) {
      // The secret is never echoed back into a log line.
      return { ok: false, problem: `must be accessKeyId:secret pairs separated by commas; entry ${keys.length + 1} is not` };
    }
    keys.push({ accessKeyId: entry.slice(0, colon), secretAccessKey: entry.slice(colon + 1) });
  }
  return { ok: true, value: keys };
}

/** `STEPWISE_API_KEYS`: keys for REST, gRPC, Bull Board and the console, comma-separated. */
export function parseApiKeys(raw: string): Parsed<readonly string[]> {
  return { ok: true, value: entries(raw) };
}

function entries(raw: string): string[] {
  return raw
    .split(LIST_SEPARATOR)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}
