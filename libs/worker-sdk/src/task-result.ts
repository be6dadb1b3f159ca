import type { Json } from './json';

/** A handler's result as JSON, or why it cannot be one. */
export type TaskResult =
  | { readonly ok: true; readonly json: Json }
  | { readonly ok: false; readonly reason: 'not-json' | 'too-large'; readonly problem: string };

/**
 * Copies a handler's result into plain JSON, as `JSON.stringify` would read it (`toJSON`,
 * omitted `undefined` properties, non-finite numbers as null), except that a function, symbol,
 * BigInt or circular reference is a problem rather than silently dropped or thrown. Stops once the
 * JSON text would pass `maxBytes` (strings counted in UTF-8, escapes not counted), so an oversized
 * result is never copied whole.
 */
export function toTaskResult(value: unknown, maxBytes: number): TaskResult {
  const copier = new JsonCopier(maxBytes);
  try {
    return { ok: true, json: copier.copy(value, '', '$') ?? null };
  } catch (error) {
    if (error instanceof ResultProblem) return { ok: false, reason: error.reason, problem: error.message };
    throw error;
  }
}

class ResultProblem extends Error {
  constructor(
    readonly reason: 'not-json' | 'too-large',
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

class JsonCopier {
  private bytes = 0;
  private readonly ancestors = new Set<object>();

  constructor(private readonly maxBytes: number) {}

  /** The JSON copy of `value`, or undefined where JSON.stringify would omit it. */
  copy(value: unknown, key: string, path: string): Json | undefined {
    if (typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
      value = (value as { toJSON(key: string): unknown }).toJSON(key);
    }
    if (value instanceof Number || value instanceof String || value instanceof Boolean) value = value.valueOf();
    switch (typeof value) {
      case 'undefined':
        return undefined;
      case 'boolean':
        this.count(value ? 4 : 5);
        return value;
      case 'number': {
        const json = Number.isFinite(value) ? value + 0 : null; // + 0 turns -0 into 0, as JSON writes it
        this.count(String(json).length);
        return json;
      }
      case 'string':
        this.count(utf8Length(value) + 2);
        return value;
      case 'function':
        throw notJson('a function', path);
      case 'symbol':
        throw notJson('a symbol', path);
      case 'bigint':
        throw notJson('a BigInt', path);
    }
    if (value === null) {
      this.count(4);
      return null;
    }
    return this.copyObject(value as object, path);
  }

  private copyObject(value: object, path: string): Json {
    if (value instanceof BigInt) throw notJson('a BigInt', path);
    if (this.ancestors.has(value)) throw notJson('a circular reference', path);
    this.ancestors.add(value);
    this.count(2);
    let json: Json;
    if (Array.isArray(value)) {
      json = value.map((item, index) => {
        if (index > 0) this.count(1);
        const copied = this.copy(item, String(index), `${path}[${index}]`);
        return copied === undefined ? this.nullItem() : copied;
      });
    } else {
      const object: Record<string, Json> = {};
      let first = true;
      for (const [key, item] of Object.entries(value)) {
        const copied = this.copy(item, key, memberPath(path, key));
        if (copied === undefined) continue;
        this.count(utf8Length(key) + (first ? 3 : 4));
        first = false;
        object[key] = copied;
      }
      json = object;
    }
    this.ancestors.delete(value);
    return json;
  }

  private nullItem(): null {
    this.count(4);
    return null;
  }

  private count(bytes: number): void {
    this.bytes += bytes;
    if (this.bytes > this.maxBytes) {
      throw new ResultProblem('too-large', `The task result is larger than the worker's limit of ${this.maxBytes} bytes.`);
    }
  }
}

function notJson(what: string, path: string): ResultProblem {
  return new ResultProblem('not-json', `The task result is not valid JSON: ${what} at ${path}`);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function memberPath(path: string, key: string): string {
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
