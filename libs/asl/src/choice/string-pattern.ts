/**
 * StringMatches patterns: `*` matches any run of characters (including none); `\*` is a literal
 * asterisk and `\\` a literal backslash. No other character is special, so a backslash before any
 * other character stays a literal backslash.
 */
export function matchesStringPattern(value: string, pattern: string): boolean {
  const pieces = splitAtWildcards(pattern);
  if (pieces.length === 1) return value === pieces[0];
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (value.length < first.length + last.length) return false;
  if (!value.startsWith(first) || !value.endsWith(last)) return false;
  // Leftmost placement of each middle piece is optimal when `*` is the only wildcard.
  let position = first.length;
  const end = value.length - last.length;
  for (const piece of pieces.slice(1, -1)) {
    const at = value.indexOf(piece, position);
    if (at < 0 || at + piece.length > end) return false;
    position = at + piece.length;
  }
  return true;
}

/** The literal text between unescaped `*`s; a pattern with n wildcards yields n + 1 pieces. */
function splitAtWildcards(pattern: string): string[] {
  const pieces: string[] = [];
  let current = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    const next = pattern[i + 1];
    if (c === '\\' && (next === '*' || next === '\\')) {
      current += next;
      i++;
    } else if (c === '*') {
      pieces.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  pieces.push(current);
  return pieces;
}
