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
  const [scheme, credentials = ''] = authorization.trim().split(/\s+/, 2);
  if (/^bearer$/i.test(scheme)) return credentials;
  if (/^basic$/i.test(scheme)) return basicPassword(credentials);
  return new URL(url, 'http://stepwise').searchParams.get(API_KEY_QUERY_PARAMETER) ?? undefined;
}

function basicPassword(credentials: string): string {
  const decoded = Buffer.from(credentials, 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
}
