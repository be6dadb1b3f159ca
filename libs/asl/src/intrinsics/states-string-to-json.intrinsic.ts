import type { Json } from '../json';
import { expectArgumentCount, stringArgument } from './intrinsic-arguments';
import type { IntrinsicFunction } from './intrinsic-call';

const JSON_SPACE_AROUND = /^[ \t\n\r]+|[ \t\n\r]+$/g;

/**
 * `States.StringToJson(text)`: the JSON value the text holds. AWS parses with Jackson's
 * `readTree`: blank text gives null, and anything after the first complete value is ignored.
 */
export const statesStringToJson: IntrinsicFunction = (call) => {
  expectArgumentCount(call, 1);
  const text = stringArgument(call, 0).replace(JSON_SPACE_AROUND, '');
  if (text === '') return null;
  try {
    return parseJson(text);
  } catch (error) {
    const end = firstValueEnd(text);
    if (end < text.length) {
      try {
        return parseJson(text.slice(0, end));
      } catch {
        // fall through to report the parse error of the whole text
      }
    }
    return call.fail(`Cannot convert String to Json in States.StringToJson, caused by: ${(error as Error).message}`);
  }
};

/** Where the first JSON value of the text ends: after its closing bracket or quote, or at whitespace. */
function firstValueEnd(text: string): number {
  const open = text[0];
  if (open !== '{' && open !== '[' && open !== '"') {
    const space = text.search(/[ \t\n\r]/);
    return space < 0 ? text.length : space;
  }
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') {
        inString = false;
        if (depth === 0) return i + 1;
      }
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth === 0) return i + 1;
  }
  return text.length;
}

/** Jackson reads `-0` as the integer 0. */
function parseJson(text: string): Json {
  return JSON.parse(text, (_key, value: unknown) => (Object.is(value, -0) ? 0 : value)) as Json;
}
