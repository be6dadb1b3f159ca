import { MAX_JSON_NESTING_DEPTH, jsonNestingDepth, type Json } from '@lib/asl';
import { awsError } from '../aws-api/aws-api.error';
import { MAX_PAYLOAD_BYTES } from '../aws-api/aws-limits';

/**
 * A payload (execution input, task output) sent as JSON text, parsed; `invalid` makes the door's
 * error (InvalidExecutionInput, InvalidOutput) from the reason it is refused.
 */
export function parseJsonPayload(text: string, invalid: (reason: string) => Error): Json {
  if (jsonNestingDepth(text) > MAX_JSON_NESTING_DEPTH) throw invalid(`Document nesting depth exceeds the maximum allowed (${MAX_JSON_NESTING_DEPTH})`);
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    throw invalid((error as Error).message);
  }
}

/** AWS's limit on a payload member (input, output) as JSON text: past 256 KiB, ValidationException. */
export function checkPayloadLength(member: string, text: string): string {
  if (Buffer.byteLength(text, 'utf8') > MAX_PAYLOAD_BYTES) {
    throw awsError.validation([`Value at '${member}' failed to satisfy constraint: Member must have length less than or equal to ${MAX_PAYLOAD_BYTES}`]);
  }
  return text;
}
