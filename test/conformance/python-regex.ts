/**
 * The corpus's `normalize` rules were written for Python's `re.sub`. The patterns used are plain
 * enough to run as JS regexes after a few syntax renames; the replacement strings follow
 * Python's template rules (`\1`, `\g<name>`, `\\`), not JS's `$1`.
 */

/** Translates the Python-only pattern syntax to JS and compiles it for global replacement. */
export function compilePythonPattern(pattern: string): RegExp {
  let flags = 'g';
  let source = pattern;
  const inline = /^\(\?([aiLmsux]+)\)/.exec(source);
  if (inline) {
    source = source.slice(inline[0].length);
    for (const f of inline[1]) if ('ims'.includes(f) && !flags.includes(f)) flags += f;
  }
  source = source
    .replace(/\(\?P<(\w+)>/g, '(?<$1>')
    .replace(/\(\?P=(\w+)\)/g, '\\k<$1>')
    .replace(/\\A/g, '^')
    .replace(/\\Z/g, '$(?![\\s\\S])');
  return new RegExp(source, flags);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  n: '\n',
  t: '\t',
  r: '\r',
  f: '\f',
  v: '\v',
  a: '\x07',
  b: '\b',
};

type Groups = Record<string, string | undefined> | undefined;

/** Expands a Python `re.sub` replacement template against one match. */
export function expandPythonTemplate(template: string, match: RegExpExecArray | string[], groups: Groups): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const ch = template[i];
    if (ch !== '\\' || i === template.length - 1) {
      out += ch;
      continue;
    }
    const next = template[i + 1];
    if (next === 'g') {
      const named = /^g<(\w+)>/.exec(template.slice(i + 1));
      if (!named) throw new Error(`bad group reference in replacement ${JSON.stringify(template)}`);
      const ref = named[1];
      out += (/^\d+$/.test(ref) ? match[Number(ref)] : groups?.[ref]) ?? '';
      i += named[0].length;
    } else if (/\d/.test(next)) {
      const digits = /^\d{1,2}/.exec(template.slice(i + 1))![0];
      out += match[Number(digits)] ?? '';
      i += digits.length;
    } else if (next in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[next];
      i += 1;
    } else if (/[A-Za-z]/.test(next)) {
      throw new Error(`bad escape \\${next} in replacement ${JSON.stringify(template)}`);
    } else {
      // Python keeps unknown non-letter escapes such as `\"` as they are, backslash included.
      out += ch + next;
      i += 1;
    }
  }
  return out;
}

/** Python's `re.sub(pattern, replacement, text)`. */
export function pythonSub(pattern: string, replacement: string, text: string): string {
  const regex = compilePythonPattern(pattern);
  return text.replace(regex, (...args: unknown[]) => {
    const hasGroups = typeof args[args.length - 1] === 'object';
    const groups = hasGroups ? (args[args.length - 1] as Groups) : undefined;
    const captures = args.slice(0, hasGroups ? -3 : -2) as string[];
    return expandPythonTemplate(replacement, captures, groups);
  });
}
