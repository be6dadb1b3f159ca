import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { CONTENT_TYPES, findConsoleDir, resolveConsoleFile } from './console-files';

/** Where the console is served on the coordinator's HTTP port. */
export const CONSOLE_PATH = '/ui';

type Request = IncomingMessage & { readonly path: string; readonly originalUrl: string };
type Handler = (request: Request, response: ServerResponse, next: () => void) => void;

/** The express app under Nest; only `use` is needed, and express ships no types here. */
interface ExpressInstance {
  use(path: string, handler: Handler): unknown;
}

const NOT_BUILT_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Stepwise console</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40em; margin: 4em auto; line-height: 1.5">
<h1>The console has not been built</h1>
<p>This coordinator serves the web console from <code>dist/console</code>, which does not exist yet.
Build it with <code>npm run build</code> (or only the console: <code>npm run build:console</code>),
then reload this page. <code>npm start</code> builds it for you.</p>
<p>The API is up meanwhile: <a href="/docs">/docs</a>, and the queues at <a href="/queues">/queues</a>.</p>
</body></html>`;

/**
 * Serves the built console (apps/console) at /ui: its files, and index.html for every other
 * path under /ui so that each page of the single-page app has its own URL.
 */
@Injectable()
export class ConsoleService implements OnModuleInit {
  private readonly logger = new Logger('Console');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  // Mounted in onModuleInit: Nest adds its not-found handler after the init hooks.
  onModuleInit(): void {
    const httpAdapter = this.adapterHost.httpAdapter;
    if (httpAdapter?.getType() !== 'express') return;
    const dir = findConsoleDir(__dirname);
    if (!dir) this.logger.warn(`the console is not built (no dist/console): ${CONSOLE_PATH} says how to build it`);
    else this.logger.log(`console at ${CONSOLE_PATH}`);
    httpAdapter.getInstance<ExpressInstance>().use(CONSOLE_PATH, (request, response, next) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return next();
      if (request.originalUrl === CONSOLE_PATH) return redirect(response, `${CONSOLE_PATH}/`);
      // Looked up on every request, so a console built while the coordinator runs is served.
      const current = dir ?? findConsoleDir(__dirname);
      if (!current) return send(response, 503, 'text/html; charset=utf-8', NOT_BUILT_PAGE);
      const file = resolveConsoleFile(current, request.path);
      if (file.kind === 'missing') return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
      response.writeHead(200, {
        'Content-Type': CONTENT_TYPES[extname(file.path)] ?? 'application/octet-stream',
        'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      if (request.method === 'HEAD') return void response.end();
      createReadStream(file.path)
        .on('error', () => response.destroy())
        .pipe(response);
    });
  }
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(302, { Location: location });
  response.end();
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { 'Content-Type': contentType, 'Cache-Control': 'no-cache' });
  response.end(body);
}
