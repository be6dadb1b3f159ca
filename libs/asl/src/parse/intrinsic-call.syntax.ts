import { parseJsonPathSyntax } from './json-path.syntax';

/** The intrinsic functions of Step Functions. */
export const INTRINSIC_FUNCTIONS: ReadonlySet<string> = new Set([
  'States.Format', 'States.StringToJson', 'States.JsonToString', 'States.Array', 'States.ArrayPartition',
  'States.ArrayContains', 'States.ArrayRange', 'States.ArrayGetItem', 'States.ArrayLength', 'States.ArrayUnique',
  'States.Base64Encode', 'States.Base64Decode', 'States.Hash', 'States.JsonMerge', 'States.MathRandom',
  'States.MathAdd', 'States.StringSplit', 'States.UUID',
]);

/** Inside a quoted intrinsic argument, a backslash may only escape these characters. */
const ESCAPABLE = new Set(["'", '{', '}', '\\']);
const FUNCTION_NAME = /^States\.[A-Za-z0-9]+/;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/;
const LITERAL = /^(true|false|null)(?![\w$])/;

class SyntaxFailure extends Error {}

/**
 * True when the text is one well-formed intrinsic function call such as
 * `States.Format('{} items', States.ArrayLength($.items))`: a known function, arguments that are
 * string, number, boolean or null literals, JSONPaths or nested calls, and only the escapes
 * `\'`, `\{`, `\}` and `\\` inside string literals.
 */
export function isIntrinsicCall(text: string): boolean {
  try {
    const end = readCall(text, 0);
    return end === text.length;
  } catch (e) {
    if (e instanceof SyntaxFailure) return false;
    throw e;
  }
}

function fail(): never {
  throw new SyntaxFailure();
}

function skipSpaces(text: string, i: number): number {
  while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r') i++;
  return i;
}

function readCall(text: string, start: number): number {
  const name = FUNCTION_NAME.exec(text.slice(start))?.[0];
  if (name === undefined || !INTRINSIC_FUNCTIONS.has(name)) fail();
  let i = skipSpaces(text, start + name.length);
  if (text[i] !== '(') fail();
  i = skipSpaces(text, i + 1);
  if (text[i] === ')') return i + 1;
  for (;;) {
    i = skipSpaces(text, readArgument(text, i));
    if (text[i] === ')') return i + 1;
    if (text[i] !== ',') fail();
    i = skipSpaces(text, i + 1);
  }
}

function readArgument(text: string, start: number): number {
  const c = text[start];
  if (c === "'") return readString(text, start);
  if (c === '$') return readPath(text, start);
  if (text.startsWith('States.', start)) return readCall(text, start);
  const rest = text.slice(start);
  const literal = NUMBER.exec(rest) ?? LITERAL.exec(rest);
  if (literal === null) fail();
  return start + literal[0].length;
}

function readString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') {
      if (!ESCAPABLE.has(text[i + 1])) fail();
      i++;
    } else if (text[i] === "'") {
      return i + 1;
    }
  }
  return fail();
}

/** A path argument runs to the first `,` or `)` outside brackets, parentheses and quotes. */
function readPath(text: string, start: number): number {
  let depth = 0;
  let i = start;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === "'" || c === '"') {
      const close = text.indexOf(c, i + 1);
      if (close < 0) fail();
      i = close;
    } else if (c === '[' || c === '(') depth++;
    else if ((c === ']' || c === ')') && depth > 0) depth--;
    else if ((c === ',' || c === ')') && depth === 0) break;
  }
  const path = text.slice(start, i).trimEnd();
  if (parseJsonPathSyntax(path) === null) fail();
  return i;
}
