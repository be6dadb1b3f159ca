import type { Json } from '../json';
import { parsePath } from './query-path';

/**
 * Renders a simple path in the bracket notation AWS uses in its error causes:
 * `$.a.b[0]` becomes `$['a']['b'][0]`.
 */
export function describePath(path: string, upTo?: number): string {
  const segments = parsePath(path).segments;
  if (!segments) return path;
  return '$' + segments.slice(0, upTo).map((s) => (typeof s === 'number' ? `[${s}]` : `['${s}']`)).join('');
}

/**
 * AWS's cause when a path selects nothing: "No results for path" when only the last step is
 * missing, "Missing property in path" up to the first missing step otherwise.
 */
export function missingPathCause(path: string, value: Json): string {
  const segments = parsePath(path).segments;
  if (segments) {
    let current: Json | undefined = value;
    for (let i = 0; i < segments.length - 1; i++) {
      const segment = segments[i];
      const next: Json | undefined =
        current !== null && typeof current === 'object' ? (current as Record<string, Json>)[segment as string] : undefined;
      if (next === undefined) return `Invalid path '${path}' : Missing property in path ${describePath(path, i + 1)}`;
      current = next;
    }
  }
  return `Invalid path '${path}' : No results for path: ${describePath(path)}`;
}
