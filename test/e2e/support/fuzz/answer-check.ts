/** One answer of the door, as read off the socket. */
export interface FuzzAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/** What every answer to a hostile request must be; the answer's `__type`, or `(success)` for a 2xx. */
export interface AnswerVerdict {
  readonly type: string;
  readonly problems: string[];
}

/** A V8 stack frame line, as in "Error: x\n    at f (file.js:1:2)". */
const STACK_FRAME = / {4}at /;

/**
 * Checks one answer: a status below 500, no stack trace text, and for an error a JSON object
 * with a string `__type` and `message` and the `x-amzn-ErrorType` header (AWS's JSON 1.0 protocol).
 * A hostile request may happen to be valid; its 2xx answer must still be a JSON object.
 */
export function checkAnswer(answer: FuzzAnswer): AnswerVerdict {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`status ${answer.status}`);
  if (STACK_FRAME.test(answer.body)) problems.push('stack trace in the body');
  for (const [name, value] of Object.entries(answer.headers)) {
    if (STACK_FRAME.test(String(value))) problems.push(`stack trace in header ${name}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.body);
  } catch {
    problems.push('body is not JSON');
  }
  const isObject = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  if (!isObject && problems.every((p) => p !== 'body is not JSON')) problems.push('body is not a JSON object');
  if (answer.status >= 200 && answer.status < 300) return { type: '(success)', problems };
  const body = (isObject ? parsed : {}) as Record<string, unknown>;
  if (typeof body.__type !== 'string' || body.__type === '') problems.push('no string __type');
  if (typeof body.message !== 'string') problems.push('no string message');
  const header = answer.headers['x-amzn-errortype'];
  if (typeof header !== 'string' || header === '') problems.push('no x-amzn-ErrorType header');
  else if (typeof body.__type === 'string' && header !== body.__type) problems.push(`x-amzn-ErrorType ${header} differs from __type ${body.__type}`);
  return { type: typeof body.__type === 'string' ? body.__type : `(status ${answer.status})`, problems };
}
