import type { Engine, MapRunDescription, MapRunListItem, MapRunUpdate } from '@lib/engine';
import { AwsApiError, awsError } from '../aws-api/aws-api.error';
import { checkExecutionArn, checkMapRunArn } from '../aws-api/aws-identifiers';
import { decodePageToken, encodePageToken } from '../aws-api/page-token';

// What the Map Run actions do, whichever door (AWS protocol, REST) was asked.

/** ListMapRuns: the Map Runs an execution started, in the order they started. */
export async function pageOfMapRuns(engine: Engine, executionArn: string, query: { size: number; token?: string }): Promise<{ mapRuns: MapRunListItem[]; nextToken?: string }> {
  checkExecutionArn(executionArn);
  const offset = query.token === undefined ? 0 : decodePageToken<{ offset: number }>(query.token, { offset: 'number' }).offset;
  if (!Number.isInteger(offset) || offset < 0) throw awsError.invalidToken();
  const all = await engine.mapRuns.list(executionArn);
  const end = offset + query.size;
  return { mapRuns: all.slice(offset, end), ...(end < all.length && { nextToken: encodePageToken({ offset: end }) }) };
}

export function describeMapRun(engine: Engine, mapRunArn: string): Promise<MapRunDescription> {
  checkMapRunArn(mapRunArn);
  return engine.mapRuns.describe(mapRunArn);
}

/** UpdateMapRun: at least one limit; only a running Map Run can change. */
export async function updateMapRun(engine: Engine, mapRunArn: string, update: MapRunUpdate): Promise<void> {
  checkMapRunArn(mapRunArn);
  const { maxConcurrency, toleratedFailureCount, toleratedFailurePercentage } = update;
  if (maxConcurrency === undefined && toleratedFailureCount === undefined && toleratedFailurePercentage === undefined) {
    throw new AwsApiError('ValidationException', 'At least one of maxConcurrency, toleratedFailureCount and toleratedFailurePercentage must be given');
  }
  if (!(await engine.mapRuns.update(mapRunArn, update))) {
    throw new AwsApiError('ValidationException', `Map Run is not running: '${mapRunArn}'`);
  }
}
