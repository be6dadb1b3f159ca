import type { MapRunDescription, MapRunListItem } from '@lib/engine';
import { epochSeconds } from './aws-values';

/** A ListMapRuns item: dates in epoch seconds. */
export function mapRunListItemShape(run: MapRunListItem) {
  return {
    mapRunArn: run.mapRunArn,
    executionArn: run.executionArn,
    stateMachineArn: run.stateMachineArn,
    startDate: epochSeconds(run.startDate),
    ...(run.stopDate !== undefined && { stopDate: epochSeconds(run.stopDate) }),
  };
}

/** DescribeMapRun's answer; one child run per item, so items and executions count alike. */
export function describeMapRunShape(run: MapRunDescription) {
  const { stateMachineArn: _, ...listed } = mapRunListItemShape(run);
  return {
    ...listed,
    status: run.status,
    maxConcurrency: run.maxConcurrency,
    toleratedFailurePercentage: run.toleratedFailurePercentage,
    toleratedFailureCount: run.toleratedFailureCount,
    itemCounts: run.counts,
    executionCounts: run.counts,
    redriveCount: 0,
  };
}
