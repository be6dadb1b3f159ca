import type { Json } from '@lib/asl';
import { awsError } from '../aws-api/aws-api.error';
import { MAX_DEFINITION_LENGTH } from '../aws-api/aws-limits';
import { checkPayloadLength } from '../operations/json-payload';

/** Members AWS's shapes carry as epoch seconds; REST sends them as ISO-8601 strings. */
const DATE_MEMBERS: ReadonlySet<string> = new Set(['creationDate', 'updateDate', 'startDate', 'stopDate', 'redriveDate', 'timestamp', 'scheduledDate']);

/** An AWS shape with its date members as ISO-8601 strings (the other members unchanged). */
export function withIsoDates<T extends object>(shape: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, DATE_MEMBERS.has(key) && typeof value === 'number' ? isoDate(value * 1000) : value]));
}

export function isoDate(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** A JSON payload (execution input, task output) within AWS's size limit, counted as AWS counts it: its text in UTF-8. */
export function checkPayloadSize(member: string, value: Json): Json {
  checkPayloadLength(member, JSON.stringify(value));
  return value;
}

/** A definition sent as text or as a JSON object, as text of at most AWS's length. */
export function definitionText(definition: string | object): string {
  const text = typeof definition === 'string' ? definition : JSON.stringify(definition);
  if (text.length === 0 || text.length > MAX_DEFINITION_LENGTH) {
    throw awsError.validation([`Value at 'definition' failed to satisfy constraint: Member must have length between 1 and ${MAX_DEFINITION_LENGTH}`]);
  }
  return text;
}
