import type { Json } from '../json';
import { TaskFailure } from '../task-failure';

/** The result of an HTTP Task, in AWS's shape. */
export interface HttpInvokeResult {
  /** The status code as text, as AWS gives it (`"200"`). */
  readonly StatusCode: string;
  readonly StatusText: string;
  /** Response headers by lower-case name, each a list of values, as AWS gives them. */
  readonly Headers: { readonly [name: string]: string[] };
  /** The body parsed as JSON when its content type says JSON and it parses; otherwise its text. */
  readonly ResponseBody: Json;
}

/** AWS's limit on a failure's cause; a longer cause is cut to this length. */
export const MAX_CAUSE_LENGTH = 32_768;

const JSON_CONTENT_TYPE = /^application\/(?:[\w.+-]+\+)?json\b|^text\/json\b/i;

/** Reads a response into the task's result. */
export async function httpInvokeResult(response: Response): Promise<HttpInvokeResult> {
  const text = await response.text();
  return {
    StatusCode: String(response.status),
    StatusText: response.statusText,
    Headers: headerLists(response.headers),
    ResponseBody: JSON_CONTENT_TYPE.test(response.headers.get('content-type') ?? '') ? parsedOrText(text) : text,
  };
}

/**
 * A response outside 2xx fails the task with `States.Http.StatusCode.<code>`; the cause is the
 * result's JSON, so a Catcher can read it with States.StringToJson.
 */
export function httpStatusFailure(result: HttpInvokeResult): TaskFailure {
  return TaskFailure.create({ error: `States.Http.StatusCode.${result.StatusCode}`, cause: JSON.stringify(result).slice(0, MAX_CAUSE_LENGTH) });
}

function headerLists(headers: Headers): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const [name, value] of headers) if (name !== 'set-cookie') lists[name] = [value];
  const cookies = headers.getSetCookie();
  if (cookies.length > 0) lists['set-cookie'] = cookies;
  return lists;
}

function parsedOrText(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return text;
  }
}
