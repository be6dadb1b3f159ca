import { awsError } from './aws-api.error';
import { DEFAULT_PAGE_SIZE } from './aws-limits';

/** A nextToken: where the next page starts, opaque to the caller. */
export function encodePageToken(position: Readonly<Record<string, string | number>>): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** The position a nextToken carries; AWS's InvalidToken when it is not one of ours. */
export function decodePageToken<T extends Record<string, string | number>>(token: string, shape: { readonly [K in keyof T]: 'string' | 'number' }): T {
  let position: unknown;
  try {
    position = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw awsError.invalidToken();
  }
  const fits =
    typeof position === 'object' &&
    position !== null &&
    Object.entries(shape).every(([key, type]) => typeof (position as Record<string, unknown>)[key] === type);
  if (!fits) throw awsError.invalidToken();
  return position as T;
}

/** maxResults as AWS reads it: absent or 0 means the default. */
export function pageSize(maxResults: number | undefined): number {
  return maxResults === undefined || maxResults === 0 ? DEFAULT_PAGE_SIZE : maxResults;
}
