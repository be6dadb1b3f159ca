/** Waits on an execution through the official AWS SDK client, as a user of the AWS API would. */
import { DescribeExecutionCommand, GetExecutionHistoryCommand, type DescribeExecutionCommandOutput, type HistoryEvent, type SFNClient } from '@aws-sdk/client-sfn';
import { until } from '../../support/eventually';

/** DescribeExecution once the execution has ended (after `redriveCount` redrives: ended again). */
export function executionEnd(sfn: SFNClient, executionArn: string, redriveCount = 0, timeoutMs = 30_000): Promise<DescribeExecutionCommandOutput> {
  return until(
    () => sfn.send(new DescribeExecutionCommand({ executionArn })),
    (described) => described.status !== 'RUNNING' && (described.redriveCount ?? 0) >= redriveCount,
    timeoutMs,
  );
}

/** An execution's history events (one page of up to 1,000), as GetExecutionHistory answers them. */
export async function executionHistory(sfn: SFNClient, executionArn: string, options: { reverseOrder?: boolean; includeExecutionData?: boolean } = {}): Promise<HistoryEvent[]> {
  return (await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000, ...options }))).events ?? [];
}

/**
 * The task tokens of the callback tasks scheduled so far, in order, once there are at least
 * `count`; read from each TaskScheduled event's `Payload.token` (see `callbackMachine`).
 */
export async function scheduledTokens(sfn: SFNClient, executionArn: string, count = 1, timeoutMs = 15_000): Promise<string[]> {
  const scheduled = await until(
    async () => ((await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }))).events ?? []).filter((e) => e.type === 'TaskScheduled'),
    (events) => events.length >= count,
    timeoutMs,
  );
  return scheduled.map((e) => (JSON.parse(e.taskScheduledEventDetails!.parameters!) as { Payload: { token: string } }).Payload.token);
}
