import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_JSON_NESTING_DEPTH, jsonNestingDepth } from '@lib/asl';
import { readAwsBodyText } from '../aws-api/aws-json-wire';
import { awsError } from '../aws-api/aws-api.error';
import { toRestError } from './rest-error';
import { sendJson } from './rest-json';

/** Methods whose requests carry a body. */
const WITH_BODY: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH']);

/**
 * Reads a REST request's JSON body into `request.body` (the coordinator runs without Nest's body
 * parser, as the AWS door reads its own): at most `maxBytes`, nested at most as deep as AWS
 * accepts. A body that is too large (413), malformed or not an object is answered here, in the
 * REST error shape.
 */
export function jsonBody(maxBytes: number) {
  return (request: IncomingMessage & { body?: unknown }, response: ServerResponse, next: () => void): void => {
    if (!WITH_BODY.has(request.method ?? '') || request.readableEnded) {
      request.body ??= {};
      next();
      return;
    }
    readAwsBodyText(request, maxBytes)
      .then((text) => {
        request.body = parseBody(text);
        next();
      })
      .catch((error: unknown) => {
        const answer = toRestError(error);
        if (answer === undefined) throw error;
        sendJson(response, answer.status, answer.body);
      })
      .catch(() => response.destroy());
  };
}

/** The body's members; `{}` for an empty body. */
export function parseBody(text: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  // One more level than a payload may have: the body object holding it.
  if (jsonNestingDepth(text) > MAX_JSON_NESTING_DEPTH + 1) {
    throw awsError.validation([`The request body's nesting depth exceeds the maximum allowed (${MAX_JSON_NESTING_DEPTH})`]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw awsError.validation([`The request body is not valid JSON: ${(error as Error).message}`]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw awsError.validation(['The request body must be a JSON object']);
  return parsed as Record<string, unknown>;
}
