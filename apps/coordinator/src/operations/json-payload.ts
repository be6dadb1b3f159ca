import { MAX_JSON_NESTING_DEPTH, jsonNestingDepth, type Json } from '@lib/asl';

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
