// Builds the console to dist/console, served by the coordinator at /ui (apps/coordinator/src/console).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  base: '/ui/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: join(root, '..', '..', 'dist', 'console'), emptyOutDir: true, chunkSizeWarningLimit: 2048 },
  // `vite` (dev) talks to a coordinator on :8080, as the built console does from /ui.
  server: { proxy: { '/v1': 'http://localhost:8080', '/queues': 'http://localhost:8080' } },
});
