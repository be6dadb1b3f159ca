import { JSONPath } from 'jsonpath-plus';
import { isJsonObject, type Json } from '../json';
import type { EvalScope } from '../runtime/eval-scope';

/** What a path selects: a value, or nothing when a definite path does not exist in the data. */
export type PathResult = { readonly found: true; readonly value: Json } | { readonly found: false };

const NOT_FOUND: PathResult = { found: false };

type Segment = string | number;

interface ParsedPath {
  /** Where the path starts: `$` the input, `$$` the context object, or a variable name. */
  readonly root: { kind: 'input' } | { kind: 'context' } | { kind: 'variable'; name: string };
  /** The rest of the path after the root, as `$...` for jsonpath-plus. */
  readonly rest: string;
  /** The segments of a simple path (`.name`, `['name']`, `[0]`), or null when jsonpath-plus must evaluate it. */
  readonly segments: Segment[] | null;
  /** True when the path can select at most one value; indefinite paths select an array of matches. */
  readonly definite: boolean;
}

const VARIABLE_ROOT = /^\$([A-Za-z_][A-Za-z0-9_]*)/;
const INDEFINITE = /\*|\.\.|\?\(|\[[^\]]*[,:][^\]]*\]/;

const cache = new Map<string, ParsedPath>();

/** Parses `$`, `$$` and `$variable` paths once; the parse is cached by the path text. */
export function parsePath(path: string): ParsedPath {
  let parsed = cache.get(path);
  if (!parsed) {
    parsed = parse(path);
    cache.set(path, parsed);
  }
  return parsed;
}

function parse(path: string): ParsedPath {
  let root: ParsedPath['root'];
  let restStart: number;
  if (path.startsWith('$$')) {
    root = { kind: 'context' };
    restStart = 2;
  } else {
    const variable = VARIABLE_ROOT.exec(path);
    if (variable) {
      root = { kind: 'variable', name: variable[1] };
      restStart = variable[0].length;
    } else {
      root = { kind: 'input' };
      restStart = 1;
    }
  }
  const tail = path.slice(restStart);
  return { root, rest: `$${tail}`, segments: simpleSegments(tail), definite: !INDEFINITE.test(tail) };
}

/** Splits `.a['b'][0]` into segments, or returns null for anything jsonpath-plus must handle. */
function simpleSegments(tail: string): Segment[] | null {
  const segments: Segment[] = [];
  let i = 0;
  while (i < tail.length) {
    const c = tail[i];
    if (c === '.') {
      let j = i + 1;
      while (j < tail.length && tail[j] !== '.' && tail[j] !== '[') j++;
      const name = tail.slice(i + 1, j);
      if (name === '' || name === '*' || name.includes('(')) return null;
      segments.push(name);
      i = j;
    } else if (c === '[') {
      const close = tail.indexOf(']', i);
      if (close < 0) return null;
      const inner = tail.slice(i + 1, close).trim();
      if (/^\d+$/.test(inner)) segments.push(Number(inner));
      else if (/^'[^']*'$/.test(inner) || /^"[^"]*"$/.test(inner)) segments.push(inner.slice(1, -1));
      else return null;
      i = close + 1;
    } else {
      return null;
    }
  }
  return segments;
}

function rootValue(parsed: ParsedPath, scope: EvalScope): PathResult {
  switch (parsed.root.kind) {
    case 'input':
      return { found: true, value: scope.input };
    case 'context':
      return { found: true, value: scope.context };
    case 'variable':
      return Object.prototype.hasOwnProperty.call(scope.variables, parsed.root.name)
        ? { found: true, value: scope.variables[parsed.root.name] }
        : NOT_FOUND;
  }
}

/** Evaluates a JSONPath against the scope: `$` the input, `$$` the context object, `$name` a variable. */
export function queryPath(path: string, scope: EvalScope): PathResult {
  const parsed = parsePath(path);
  const start = rootValue(parsed, scope);
  if (!start.found) return start;
  return selectFrom(parsed, start.value);
}

/** Evaluates the part of a parsed path after its root against a given value. */
export function selectFrom(parsed: ParsedPath, value: Json): PathResult {
  if (parsed.segments) {
    let current: Json = value;
    for (const segment of parsed.segments) {
      if (typeof segment === 'number' && Array.isArray(current)) {
        if (segment >= current.length) return NOT_FOUND;
        current = current[segment];
      } else if (typeof segment === 'string' && isJsonObject(current)) {
        if (!Object.prototype.hasOwnProperty.call(current, segment)) return NOT_FOUND;
        current = current[segment];
      } else {
        return NOT_FOUND;
      }
    }
    return { found: true, value: current };
  }
  if (typeof value !== 'object' || value === null) return NOT_FOUND;
  const matches = JSONPath({ path: parsed.rest, json: value, wrap: true, resultType: 'value' }) as Json[] | undefined;
  if (parsed.definite) {
    return matches && matches.length > 0 ? { found: true, value: matches[0] } : NOT_FOUND;
  }
  return { found: true, value: matches ?? [] };
}
