import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { awsError } from './aws-api.error';

/** The content type of AWS's JSON 1.0 protocol, for requests and answers. */
export const AWS_JSON_CONTENT_TYPE = 'application/x-amz-json-1.0';

/**
 * Largest request body read: a definition may be 1 MiB of characters, which can take up to
 * 3 bytes each in UTF-8, plus the other members.
 */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/**
 * Reads a request's members. The body arrives as `application/x-amz-json-1.0`, which Nest's
 * JSON parser leaves alone, so it is read here from the stream; a body some parser already read
 * (sent as `application/json`) is taken as parsed.
 */
export async function readAwsJsonBody(request: IncomingMessage & { body?: unknown }): Promise<Record<string, unknown>> {
  const body = request.readableEnded ? request.body : await readAwsBodyText(request);
  const parsed = typeof body === 'string' ? parseJson(body) : (body ?? {});
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw awsError.serialization('The request body must be a JSON object');
  }
  return parsed as Record<string, unknown>;
}

/** Answers in the JSON protocol's shape, with a request id as AWS sends one. */
export function sendAwsJson(response: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  const text = JSON.stringify(body);
  response.statusCode = status;
  response.setHeader('Content-Type', AWS_JSON_CONTENT_TYPE);
  response.setHeader('Content-Length', Buffer.byteLength(text));
  response.setHeader('x-amzn-RequestId', randomUUID());
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.end(text);
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch (error) {
    throw awsError.serialization(`The request body is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * Most bytes of an oversized body read and dropped so the refusal can be answered on a connection
 * that stays usable; past this the connection is closed instead.
 */
export const MAX_DRAINED_BYTES = 64 * 1024 * 1024;

/** The body as text; AwsApiError 413 past `maxBytes` (the rest drained). */
export async function readAwsBodyText(request: IncomingMessage, maxBytes = MAX_REQUEST_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_DRAINED_BYTES) break;
    if (size <= maxBytes) chunks.push(chunk as Buffer);
  }
  if (size > maxBytes) throw awsError.requestTooLarge(maxBytes);
  return Buffer.concat(chunks).toString('utf8');
}
