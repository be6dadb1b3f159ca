/**
 * Static reading of a JSONPath as AWS accepts it: `$` (the input), `$$` (the context object) or
 * `$name` (a variable), followed by `.name`, `..name`, `.*`, `['name']`, `[0]`, `[*]`, slices,
 * unions and `[?(...)]` filters. It judges syntax only; it is lenient where AWS's Jayway reader is.
 */
export interface JsonPathSyntax {
  readonly root: 'input' | 'context' | 'variable';
  /** The variable name for a `$name` root. */
  readonly variable?: string;
  /** True when the path can select at most one value (a Reference Path). */
  readonly definite: boolean;
}

const VARIABLE_START = /[\p{L}_]/u;
const VARIABLE_PART = /[\p{L}\p{N}_]/u;
/** A dot-notation name runs to the next `.` or `[`; AWS's reader is lenient about the rest. */
const NAME_END = /[.[\]]/;

/** Parses the path, or returns null when it is not a JSONPath at all. */
export function parseJsonPathSyntax(path: string): JsonPathSyntax | null {
  if (!path.startsWith('$')) return null;
  let i = 1;
  let root: JsonPathSyntax['root'] = 'input';
  let variable: string | undefined;
  if (path[1] === '$') {
    root = 'context';
    i = 2;
  } else if (path[1] !== undefined && VARIABLE_START.test(path[1])) {
    while (i < path.length && VARIABLE_PART.test(path[i])) i++;
    root = 'variable';
    variable = path.slice(1, i);
  }
  let definite = true;
  while (i < path.length) {
    if (path[i] === '.') {
      i++;
      if (path[i] === '.') {
        definite = false;
        i++;
        if (path[i] === '[') continue;
      }
      if (path[i] === '*') {
        definite = false;
        i++;
        continue;
      }
      const start = i;
      while (i < path.length && !NAME_END.test(path[i])) i++;
      if (i === start) return null;
    } else if (path[i] === '[') {
      const close = closingBracket(path, i);
      if (close < 0) return null;
      const selector = readSelector(path.slice(i + 1, close).trim());
      if (selector === null) return null;
      definite &&= selector;
      i = close + 1;
    } else {
      return null;
    }
  }
  return variable === undefined ? { root, definite } : { root, variable, definite };
}

/** A Reference Path: a valid path that selects a single value. */
export function isReferencePath(path: string): boolean {
  return parseJsonPathSyntax(path)?.definite === true;
}

/** The index of the `]` closing the bracket at `open`, skipping quoted text and parentheses. */
function closingBracket(path: string, open: number): number {
  let depth = 0;
  for (let i = open + 1; i < path.length; i++) {
    const c = path[i];
    if (c === "'" || c === '"') {
      i = closingQuote(path, i);
      if (i < 0) return -1;
    } else if (c === '(' || c === '[') depth++;
    else if (c === ')') depth--;
    else if (c === ']') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

function closingQuote(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === text[open]) return i;
  }
  return -1;
}

/** Reads a bracket selector; returns whether it is definite, or null when it is malformed. */
function readSelector(selector: string): boolean | null {
  if (selector === '*') return false;
  if (/^-?\d+$/.test(selector)) return true;
  if (/^-?\d+(\s*,\s*-?\d+)+$/.test(selector)) return false;
  if (/^(-?\d+)?\s*:\s*(-?\d+)?(\s*:\s*-?\d+)?$/.test(selector)) return false;
  if (selector.startsWith('?(') && selector.endsWith(')')) return false;
  if (selector.startsWith('(') && selector.endsWith(')')) return false;
  const names = quotedNames(selector);
  if (names === null) return null;
  return names === 1;
}

/** Counts `'a'` or `'a','b'` names; null when the selector is not a list of quoted names. */
function quotedNames(selector: string): number | null {
  let count = 0;
  let i = 0;
  while (i < selector.length) {
    if (selector[i] !== "'" && selector[i] !== '"') return null;
    const close = closingQuote(selector, i);
    if (close < 0) return null;
    count++;
    i = close + 1;
    while (selector[i] === ' ') i++;
    if (i < selector.length) {
      if (selector[i] !== ',') return null;
      i++;
      while (selector[i] === ' ') i++;
    }
  }
  return count === 0 ? null : count;
}
