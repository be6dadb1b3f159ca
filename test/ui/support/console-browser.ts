/**
 * Debian's headless Chromium driven by playwright-core, for the console's browser specs: a fresh
 * profile per launch, removed on close. Builds the console first when dist/console is missing,
 * so the spec also runs before `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const CHROMIUM_PATH = '/usr/bin/chromium';
const REPOSITORY_ROOT = join(__dirname, '..', '..', '..');

/** The console is drawn for this size (the "readable at 1280×800"). */
const VIEWPORT = { width: 1280, height: 800 };

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface ConsoleBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export function buildConsoleIfMissing(): void {
  if (existsSync(join(REPOSITORY_ROOT, 'dist', 'console', 'index.html'))) return;
  execFileSync(process.execPath, [join(REPOSITORY_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'apps/console/vite.config.mjs', '--logLevel', 'warn'], {
    cwd: REPOSITORY_ROOT,
    stdio: 'inherit',
  });
}

export async function launchConsoleBrowser(): Promise<ConsoleBrowser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing: install Debian's chromium (apt-get install chromium)`);
  const profile = mkdtempSync(join(tmpdir(), 'stepwise-chromium-'));
  // launchPersistentContext passes the fresh profile as --user-data-dir; headless adds --headless.
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, viewport: VIEWPORT });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
