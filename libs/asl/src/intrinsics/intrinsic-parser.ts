import {
  isIntrinsicName,
  type IntrinsicCallNode,
  type IntrinsicNode,
  type IntrinsicPathNode,
  type IntrinsicStringNode,
} from './intrinsic-ast';

/** The parse of one expression: its call tree, or why the text is not a valid intrinsic call. */
export type IntrinsicParse = { readonly ok: true; readonly call: IntrinsicCallNode } | { readonly ok: false; readonly reason: string };

/** "You can nest up to 10 intrinsic functions within a field" (AWS developer guide). */
export const MAX_INTRINSIC_NESTING = 10;

/** Bounds the parse cache; definitions hold few distinct expressions, so this is only a safety net. */
const MAX_CACHED_PARSES = 10_000;

const INTRINSIC_CALL_START = /^States\.[A-Za-z0-9]+\(/;
const FUNCTION_NAME = /States\.[A-Za-z0-9]+/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const KEYWORD = /true|false|null/y;
const PATH_ROOT = /^\$(?:\$|[A-Za-z_][A-Za-z0-9_]*)?/;
/** Characters a literal string may escape with a backslash: `\'`, `\{`, `\}` and `\\`. */
const ESCAPABLE = new Set(["'", '{', '}', '\\']);

/** True when the text is an intrinsic function call: `States.`, a name, then `(`. */
export function isIntrinsicFunction(text: string): boolean {
  return INTRINSIC_CALL_START.test(text);
}

const cache = new Map<string, IntrinsicParse>();

/** Parses an intrinsic call expression; parses are cached by the expression text. */
export function parseIntrinsic(expression: string): IntrinsicParse {
  let parsed = cache.get(expression);
  if (!parsed) {
    parsed = parseUncached(expression);
    if (cache.size >= MAX_CACHED_PARSES) cache.clear();
    cache.set(expression, parsed);
  }
  return parsed;
}

/** Why the text is not a valid intrinsic call, or undefined when it is one: for definition validation. */
export function intrinsicSyntaxError(expression: string): string | undefined {
  const parsed = parseIntrinsic(expression);
  return parsed.ok ? undefined : parsed.reason;
}

class Rejection {
  constructor(readonly reason: string) {}
}

function parseUncached(expression: string): IntrinsicParse {
  try {
    const parser = new Parser(expression);
    const call = parser.call(1);
    parser.skipSpace();
    if (!parser.atEnd()) parser.reject('unexpected text after the closing parenthesis');
    return { ok: true, call };
  } catch (error) {
    if (error instanceof Rejection) return { ok: false, reason: error.reason };
    throw error;
  }
}

class Parser {
  private pos = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  reject(reason: string): never {
    throw new Rejection(`${reason} at position ${this.pos}`);
  }

  skipSpace(): void {
    while (!this.atEnd() && /\s/.test(this.text[this.pos])) this.pos++;
  }

  call(depth: number): IntrinsicCallNode {
    if (depth > MAX_INTRINSIC_NESTING) this.reject(`intrinsic functions nest deeper than ${MAX_INTRINSIC_NESTING}`);
    const name = this.match(FUNCTION_NAME);
    if (name === undefined) this.reject('expected an intrinsic function name');
    if (!isIntrinsicName(name)) this.reject(`unknown intrinsic function '${name}'`);
    this.skipSpace();
    this.expect('(');
    const args: IntrinsicNode[] = [];
    this.skipSpace();
    if (this.peek() === ')') {
      this.pos++;
      return { kind: 'call', name, args };
    }
    for (;;) {
      this.skipSpace();
      args.push(this.argument(depth));
      this.skipSpace();
      if (this.peek() === ')') {
        this.pos++;
        return { kind: 'call', name, args };
      }
      this.expect(',');
    }
  }

  private argument(depth: number): IntrinsicNode {
    const c = this.peek();
    if (c === "'") return this.string();
    if (c === '$') return this.path();
    if (this.text.startsWith('States.', this.pos)) return this.call(depth + 1);
    const number = this.match(NUMBER);
    if (number !== undefined) {
      this.expectArgumentEnd();
      return { kind: 'literal', value: Number(number) };
    }
    const keyword = this.match(KEYWORD);
    if (keyword !== undefined) {
      this.expectArgumentEnd();
      return { kind: 'literal', value: keyword === 'null' ? null : keyword === 'true' };
    }
    this.reject('expected an argument');
  }

  private string(): IntrinsicStringNode {
    const start = ++this.pos;
    let value = '';
    while (!this.atEnd()) {
      const c = this.text[this.pos];
      if (c === "'") {
        const raw = this.text.slice(start, this.pos++);
        this.expectArgumentEnd();
        return { kind: 'string', value, raw };
      }
      if (c === '\\') {
        const escaped = this.text[this.pos + 1];
        if (escaped === undefined || !ESCAPABLE.has(escaped)) this.reject('invalid escape sequence in a string literal');
        value += escaped;
        this.pos += 2;
      } else {
        value += c;
        this.pos++;
      }
    }
    this.reject('unterminated string literal');
  }

  /** A path runs to the next `,` or `)` outside brackets, parentheses and quotes. */
  private path(): IntrinsicPathNode {
    const start = this.pos;
    let depth = 0;
    let quote: string | undefined;
    for (; !this.atEnd(); this.pos++) {
      const c = this.text[this.pos];
      if (quote) {
        if (c === '\\') this.pos++;
        else if (c === quote) quote = undefined;
      } else if (c === "'" || c === '"') {
        quote = c;
      } else if (c === '[' || c === '(') {
        depth++;
      } else if (c === ']' || c === ')') {
        if (depth === 0) break;
        depth--;
      } else if (c === ',' && depth === 0) {
        break;
      }
    }
    const path = this.text.slice(start, this.pos).trimEnd();
    if (!isWellFormedPath(path)) this.reject(`invalid path '${path}'`);
    return { kind: 'path', path };
  }

  private expectArgumentEnd(): void {
    this.skipSpace();
    const c = this.peek();
    if (c !== ',' && c !== ')') this.reject("expected ',' or ')'");
  }

  private expect(c: string): void {
    if (this.peek() !== c) this.reject(`expected '${c}'`);
    this.pos++;
  }

  private peek(): string | undefined {
    return this.text[this.pos];
  }

  private match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.pos;
    const found = pattern.exec(this.text);
    if (!found) return undefined;
    this.pos += found[0].length;
    return found[0];
  }
}

function isWellFormedPath(path: string): boolean {
  const root = PATH_ROOT.exec(path);
  if (!root) return false;
  const rest = path.slice(root[0].length);
  if (rest === '') return true;
  const startsWell = /^\.[^.[\s]/.test(rest) || rest.startsWith('..') || rest.startsWith('[');
  return startsWell && !hasTopLevelSpace(rest);
}

/** True when whitespace appears outside quotes and brackets, as in `$.a b`; `[?(@.x < 1)]` is fine. */
function hasTopLevelSpace(text: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (depth === 0 && /\s/.test(c)) return true;
  }
  return false;
}
