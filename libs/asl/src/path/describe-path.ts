import { parsePath } from './query-path';

/**
 * Renders a simple path in the bracket notation AWS uses in its error causes:
 * `$.a.b[0]` becomes `$['a']['b'][0]`.
 */
export function describePath(path: string): string {
  const segments = parsePath(path).segments;
  if (!segments) return path;
  return '$' + segments.map((s) => (typeof s === 'number' ? `[${s}]` : `['${s}']`)).join('');
}
