/** One hostile request to the AWS door: its kind (for the counts), headers and raw body bytes. */
export interface FuzzRequest {
  /** What the request tries, e.g. `wrong-type`; answers are counted per kind. */
  readonly kind: string;
  /** A short description to reproduce it: the action and what was changed. */
  readonly label: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
  /**
   * Sent on a keep-alive connection of its own, followed on that connection by a valid request,
   * which must be answered: a server that answers before reading the whole body must either
   * read the rest or say `Connection: close`, never cut the connection under the next request.
   */
  readonly checkConnectionAfter?: boolean;
}

export const AWS_JSON_CONTENT_TYPE = 'application/x-amz-json-1.0';

/** The headers the AWS SDK sends: the JSON 1.0 content type and the action's target. */
export function awsHeaders(action: string | undefined, contentType: string | undefined = AWS_JSON_CONTENT_TYPE): Record<string, string> {
  const headers: Record<string, string> = {};
  if (contentType !== undefined) headers['content-type'] = contentType;
  if (action !== undefined) headers['x-amz-target'] = `AWSStepFunctions.${action}`;
  return headers;
}

export function jsonRequest(kind: string, label: string, action: string, members: unknown): FuzzRequest {
  return { kind, label, headers: awsHeaders(action), body: Buffer.from(JSON.stringify(members)) };
}
