/**
 * The line (1-based) of a definition's text that a diagnostic's location points at, such as
 * `/States/Check/Next`: the first occurrence of each key in turn. Undefined when the location
 * names nothing in the text.
 */
export function diagnosticLine(text: string, location: string | undefined): number | undefined {
  const keys = (location ?? '').split(/[/.]/).filter((key) => key !== '' && key !== '$' && !/^\d+$/.test(key));
  if (keys.length === 0) return undefined;
  let position = 0;
  for (const key of keys) {
    const found = text.indexOf(JSON.stringify(decodeKey(key)), position);
    if (found < 0) break;
    position = found;
  }
  return position === 0 ? undefined : text.slice(0, position).split('\n').length;
}

/** JSON Pointer escapes `~1` and `~0`. */
function decodeKey(key: string): string {
  return key.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The line of a JSON.parse error message's position, when the engine gives one. */
export function syntaxErrorLine(text: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message);
  if (position) return text.slice(0, Number(position[1])).split('\n').length;
  const line = /line (\d+)/.exec(message);
  return line ? Number(line[1]) : undefined;
}
