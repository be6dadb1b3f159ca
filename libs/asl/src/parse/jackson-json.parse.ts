import { MAX_JSON_NESTING_DEPTH, type Json, type JsonObject } from '../json';
import type { JsonKey } from './definition-walk';

/**
 * A JSON reader that fails the way AWS's (Jackson's `ObjectMapper.readTree`) does, so that
 * INVALID_JSON_DESCRIPTION diagnostics carry Jackson's message and `[Source: ...]` location.
 * Like Jackson's defaults it allows duplicate keys (the last one wins; they are reported so that
 * duplicate state names can be flagged) and ignores anything after the root value.
 */
export type JsonTextResult =
  | { readonly ok: true; readonly value: Json | undefined; readonly duplicateKeys: readonly DuplicateKey[] }
  | { readonly ok: false; readonly message: string; readonly location: string };

/** A key that appeared twice in one object, with the keys leading to that object. */
export interface DuplicateKey {
  readonly parent: readonly JsonKey[];
  readonly key: string;
}

/** Jackson shows at most this many characters of the source in a location. */
const MAX_SOURCE_CHARS = 500;
/** Jackson stops quoting an unrecognized token after this many characters. */
const MAX_TOKEN_CHARS = 256;
const VALUE_LIST = "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')";
const IDENTIFIER_START = /[\p{L}\p{Nl}\p{Sc}\p{Pc}]/u;
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
const IDENTIFIER_PART = /[\p{L}\p{Nl}\p{Nd}\p{Mn}\p{Mc}\p{Sc}\p{Pc}]/u;

class JsonSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly at: number,
  ) {
    super(reason);
  }
}

export function parseJsonText(text: string): JsonTextResult {
  const reader = new Reader(text);
  try {
    const value = reader.readRoot();
    return { ok: true, value, duplicateKeys: reader.duplicateKeys };
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    const location = sourceLocation(text, e.at);
    return { ok: false, message: `${e.reason}\n at ${location}`, location };
  }
}

/** Jackson's `[Source: (String)"..."; line: L, column: C]`, for the position just after `at - 1`. */
function sourceLocation(text: string, at: number): string {
  let line = 1;
  let rowStart = 0;
  for (let i = 0; i < at && i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) {
      line++;
      rowStart = i + 1;
    }
  }
  const shown = text.slice(0, MAX_SOURCE_CHARS);
  const truncated = text.length > MAX_SOURCE_CHARS ? `[truncated ${text.length - MAX_SOURCE_CHARS} chars]` : '';
  return `[Source: (String)"${shown}"${truncated}; line: ${line}, column: ${at - rowStart + 1}]`;
}

function charDescription(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  if (code < 0x20) return `(CTRL-CHAR, code ${code})`;
  if (code > 255) return `'${c}' (code ${code} / 0x${code.toString(16)})`;
  return `'${c}' (code ${code})`;
}

class Reader {
  readonly duplicateKeys: DuplicateKey[] = [];
  private pos = 0;

  constructor(private readonly text: string) {}

  readRoot(): Json | undefined {
    if (!this.skipWhitespace()) return undefined;
    return this.readValue([]);
  }

  private checkDepth(depth: number): void {
    if (depth > MAX_JSON_NESTING_DEPTH) {
      this.fail(`Document nesting depth (${depth}) exceeds the maximum allowed (${MAX_JSON_NESTING_DEPTH}, from \`StreamReadConstraints.getMaxNestingDepth()\`)`);
    }
  }

  private fail(reason: string, at = this.pos): never {
    throw new JsonSyntaxError(reason, at);
  }

  private unexpected(c: string, expectation: string, at = this.pos): never {
    return this.fail(`Unexpected character (${charDescription(c)}): ${expectation}`, at);
  }

  /** Skips whitespace; returns false at the end of the text. */
  private skipWhitespace(): boolean {
    while (this.pos < this.text.length) {
      const c = this.text[this.pos];
      if (c === ' ' || c === '\n' || c === '\r' || c === '\t') this.pos++;
      else if (c < ' ') {
        this.fail(
          `Illegal character (${charDescription(c)}): only regular white space (\\r, \\n, \\t) is allowed between tokens`,
          this.pos + 1,
        );
      } else return true;
    }
    return false;
  }

  private endOfInput(container: 'Object' | 'Array', start: number): never {
    const marker = sourceLocation(this.text, start - 1);
    return this.fail(`Unexpected end-of-input: expected close marker for ${container} (start marker at ${marker})`);
  }

  private readValue(keys: readonly JsonKey[]): Json {
    const c = this.text[this.pos++];
    if (c === '{') return this.readObject(keys);
    if (c === '[') return this.readArray(keys);
    if (c === '"') return this.readString();
    if (c === '-' || (c >= '0' && c <= '9')) return this.readNumber(c);
    if (c === 't') return this.readKeyword('true', true);
    if (c === 'f') return this.readKeyword('false', false);
    if (c === 'n') return this.readKeyword('null', null);
    if (IDENTIFIER_START.test(c)) return this.invalidToken(c);
    return this.unexpected(c, `expected a valid value ${VALUE_LIST}`, this.pos);
  }

  private readKeyword(word: string, value: Json): Json {
    for (let i = 1; i < word.length; i++) {
      if (this.text[this.pos] !== word[i]) return this.invalidToken(word.slice(0, i));
      this.pos++;
    }
    const next = this.text[this.pos];
    if (next !== undefined && IDENTIFIER_PART.test(next)) return this.invalidToken(word);
    return value;
  }

  /** Jackson quotes the token up to the first character that cannot continue an identifier. */
  private invalidToken(start: string): never {
    let token = start;
    while (this.pos < this.text.length && IDENTIFIER_PART.test(this.text[this.pos])) {
      token += this.text[this.pos++];
      if (token.length >= MAX_TOKEN_CHARS) {
        token += '...';
        break;
      }
    }
    return this.fail(`Unrecognized token '${token}': was expecting ${VALUE_LIST}`);
  }

  private readNumber(first: string): number {
    const start = this.pos - 1;
    const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
    const digits = (comment: string): void => {
      if (!isDigit(this.text[this.pos])) this.numberError(comment);
      while (isDigit(this.text[this.pos])) this.pos++;
    };
    if (first === '-') {
      if (!isDigit(this.text[this.pos])) this.numberError('expected digit (0-9) to follow minus sign, for valid numeric value');
      this.pos++;
    }
    if (this.text[this.pos - 1] === '0' && isDigit(this.text[this.pos])) {
      this.fail('Invalid numeric value: Leading zeroes not allowed', this.pos + 1);
    }
    while (isDigit(this.text[this.pos])) this.pos++;
    if (this.text[this.pos] === '.') {
      this.pos++;
      digits('Decimal point not followed by a digit');
    }
    if (this.text[this.pos] === 'e' || this.text[this.pos] === 'E') {
      this.pos++;
      if (this.text[this.pos] === '+' || this.text[this.pos] === '-') this.pos++;
      digits('Exponent indicator not followed by a digit');
    }
    return Number(this.text.slice(start, this.pos));
  }

  private numberError(comment: string): never {
    if (this.pos >= this.text.length) return this.fail('Unexpected end-of-input in a Number value');
    const c = this.text[this.pos];
    return this.fail(`Unexpected character (${charDescription(c)}) in numeric value: ${comment}`, this.pos + 1);
  }

  private readString(): string {
    let out = '';
    for (;;) {
      if (this.pos >= this.text.length) {
        this.fail('Unexpected end-of-input: was expecting closing quote for a string value');
      }
      const c = this.text[this.pos++];
      if (c === '"') return out;
      if (c < ' ') {
        this.fail(
          `Illegal unquoted character (${charDescription(c)}): has to be escaped using backslash to be included in string value`,
        );
      }
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = this.text[this.pos++];
      if (e === undefined) this.fail('Unexpected end-of-input in character escape sequence');
      if (e in SIMPLE_ESCAPES) out += SIMPLE_ESCAPES[e];
      else if (e === 'u') {
        const hex = this.text.slice(this.pos, this.pos + 4);
        const bad = [...hex].findIndex((h) => !/[0-9a-fA-F]/.test(h));
        if (hex.length < 4 || bad >= 0) {
          const at = this.pos + (bad >= 0 ? bad : hex.length);
          if (at >= this.text.length) this.fail('Unexpected end-of-input in character escape sequence', at);
          this.unexpected(this.text[at], 'expected a hex-digit for character escape sequence', at + 1);
        }
        out += String.fromCharCode(parseInt(hex, 16));
        this.pos += 4;
      } else {
        this.fail(`Unrecognized character escape ${charDescription(e)}`);
      }
    }
  }

  private readObject(keys: readonly JsonKey[]): JsonObject {
    this.checkDepth(keys.length + 1);
    const start = this.pos;
    const object: JsonObject = {};
    if (!this.skipWhitespace()) this.endOfInput('Object', start);
    if (this.text[this.pos] === '}') {
      this.pos++;
      return object;
    }
    for (;;) {
      const c = this.text[this.pos++];
      if (c !== '"') this.unexpected(c, 'was expecting double-quote to start field name');
      const key = this.readString();
      if (!this.skipWhitespace()) this.endOfInput('Object', start);
      const colon = this.text[this.pos++];
      if (colon !== ':') this.unexpected(colon, 'was expecting a colon to separate field name and value');
      if (!this.skipWhitespace()) this.endOfInput('Object', start);
      if (Object.prototype.hasOwnProperty.call(object, key)) this.duplicateKeys.push({ parent: keys, key });
      object[key] = this.readValue([...keys, key]);
      if (!this.skipWhitespace()) this.endOfInput('Object', start);
      const next = this.text[this.pos++];
      if (next === '}') return object;
      if (next !== ',') this.unexpected(next, 'was expecting comma to separate Object entries');
      if (!this.skipWhitespace()) this.endOfInput('Object', start);
    }
  }

  private readArray(keys: readonly JsonKey[]): Json[] {
    this.checkDepth(keys.length + 1);
    const start = this.pos;
    const array: Json[] = [];
    if (!this.skipWhitespace()) this.endOfInput('Array', start);
    if (this.text[this.pos] === ']') {
      this.pos++;
      return array;
    }
    for (;;) {
      array.push(this.readValue([...keys, array.length]));
      if (!this.skipWhitespace()) this.endOfInput('Array', start);
      const next = this.text[this.pos++];
      if (next === ']') return array;
      if (next !== ',') this.unexpected(next, 'was expecting comma to separate Array entries');
      if (!this.skipWhitespace()) this.endOfInput('Array', start);
    }
  }
}
