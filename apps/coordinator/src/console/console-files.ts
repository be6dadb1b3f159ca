import { existsSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve, sep } from 'node:path';

/** Where `npm run build` puts the console (apps/console/vite.config.mjs), relative to the repository root. */
export const CONSOLE_BUILD_DIR = join('dist', 'console');

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/**
 * The built console's folder: `dist/console` under the nearest folder above `from` that has one
 * (the repository root, whether the coordinator runs from its sources or from dist/). Undefined
 * when the console was not built.
 */
export function findConsoleDir(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, CONSOLE_BUILD_DIR);
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

export type ConsoleFile = { readonly kind: 'file'; readonly path: string; readonly immutable: boolean } | { readonly kind: 'missing' };

/**
 * The file that answers `requestPath` (the path under /ui): a built file when one exists, a 404
 * for a missing file with an extension (an asset), else index.html, so that every page of the
 * single-page app can be loaded and reloaded by its own URL.
 */
export function resolveConsoleFile(dir: string, requestPath: string): ConsoleFile {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath.split('?')[0]);
  } catch {
    return { kind: 'missing' };
  }
  const path = resolve(dir, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  const inside = path === dir || path.startsWith(`${dir}${sep}`);
  if (inside && isFile(path)) return { kind: 'file', path, immutable: path.startsWith(join(dir, 'assets') + sep) };
  // The console's pages have ARNs in their paths (encoded, with colons and dots): only a path
  // whose last segment looks like a file name is an asset.
  if (/^\.[a-z0-9]{1,5}$/i.test(extname(decoded)) && !decoded.includes(':')) return { kind: 'missing' };
  return { kind: 'file', path: join(dir, 'index.html'), immutable: false };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
