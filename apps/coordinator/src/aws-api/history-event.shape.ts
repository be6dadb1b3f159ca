import { awsDetailsKey, toAwsHistoryEvent, type HistoryEvent, type Json } from '@lib/asl';
import { epochSeconds, jsonText } from './aws-values';

/** Details members that hold a payload: AWS sends each as JSON text. */
const PAYLOAD_MEMBERS = ['input', 'output', 'parameters'] as const;

/** Details member mapping variable names to values: AWS sends each value as JSON text. */
const ASSIGNED_VARIABLES = 'assignedVariables';

/**
 * A history event as GetExecutionHistory returns it: details under `<x>EventDetails`, payloads
 * as JSON text, the timestamp in epoch seconds. Without execution data, payloads are left out.
 */
export function historyEventShape(event: HistoryEvent, includeExecutionData: boolean): Record<string, unknown> {
  const shaped = { ...toAwsHistoryEvent(event), timestamp: epochSeconds(event.timestamp) };
  if (event.details === undefined) return shaped;
  const details: Record<string, unknown> = { ...event.details };
  for (const member of [...PAYLOAD_MEMBERS, ASSIGNED_VARIABLES]) {
    if (!(member in details)) continue;
    if (!includeExecutionData) delete details[member];
    else if (member === ASSIGNED_VARIABLES) details[member] = variablesText(details[member] as Record<string, Json>);
    else details[member] = jsonText(details[member] as Json);
  }
  return { ...shaped, [awsDetailsKey(event.type)]: details };
}

function variablesText(variables: Record<string, Json>): Record<string, string> {
  return Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, jsonText(value)]));
}
