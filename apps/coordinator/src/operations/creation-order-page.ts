import { decodePageToken, encodePageToken } from '../aws-api/page-token';

/** What a listing in creation order is sorted by: the creation date, then the ARN. */
type Created = { readonly creationDate: number; readonly arn: string };

/** Creation date, then ARN: the order ListStateMachines, ListActivities and ListStateMachineAliases answer in. */
export function byCreation(a: Created, b: Created): number {
  return a.creationDate - b.creationDate || (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0);
}

/**
 * One page of records in creation order. The token holds the last record's creation date and ARN,
 * so a page continues after it even when that record has been deleted since.
 */
export function creationOrderPage<T extends Created>(records: readonly T[], size: number, token: string | undefined): { page: T[]; nextToken?: string } {
  const after = token === undefined ? undefined : decodePageToken<{ creationDate: number; arn: string }>(token, { creationDate: 'number', arn: 'string' });
  const sorted = [...records].sort(byCreation);
  const rest = after === undefined ? sorted : sorted.filter((r) => byCreation(r, after) > 0);
  const page = rest.slice(0, size);
  const last = page[page.length - 1];
  return { page, ...(rest.length > size && { nextToken: encodePageToken({ creationDate: last.creationDate, arn: last.arn }) }) };
}
