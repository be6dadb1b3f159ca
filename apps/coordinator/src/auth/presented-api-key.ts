import type { IncomingHttpHeaders } from 'node:http';

/** The query parameter EventSource clients use, since they cannot set headers. */
export const API_KEY_QUERY_PARAMETER = 'apiKey';

/** The header REST clients send the key in. */
export const API_KEY_HEADER = 'x-api-key';

/**
 * The API key an HTTP request presents: `X-Api-Key`, `Authorization: Bearer <key>`, HTTP Basic
 * with the key as password (browsers asked by Bull Board or the console), or `?apiKey=`.
 */
export function presentedApiKey(headers: IncomingHttpHeaders, url: string): string | undefined {
  const header = headers[API_KEY_HEADER];
  if (typeof header === 'string') return header;
  const authorization = headers.authorization ?? '';
  const bearer = authorizationCredentials(authorization, 'bearer');
  if (bearer !== undefined) return bearer;
  const basic = authorizationCredentials(authorization, 'basic');
  if (basic !== undefined) return basicPassword(basic);
  return new URL(url, 'http://stepwise').searchParams.get(API_KEY_QUERY_PARAMETER) ?? undefined;
}

/** The credentials of an `Authorization` value when its scheme is `scheme` (in any case): a Bearer token, Basic's base64. */
export function authorizationCredentials(authorization: string, scheme: 'bearer' | 'basic'): string | undefined {
  const match = /^(\S+)\s+(.+)$/.exec(authorization.trim());
  return match && match[1].toLowerCase() === scheme ? match[2] : undefined;
}

function basicPassword(credentials: string): string {
  const decoded = Buffer.from(credentials, 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
}
