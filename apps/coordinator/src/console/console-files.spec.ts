import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONSOLE_BUILD_DIR, findConsoleDir, resolveConsoleFile } from './console-files';

describe(resolveConsoleFile.name, () => {
  let root: string;
  let dir: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'console-files-'));
    dir = join(root, CONSOLE_BUILD_DIR);
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<html></html>');
    writeFileSync(join(dir, 'assets', 'index-1.js'), '');
    mkdirSync(join(root, 'apps', 'coordinator'), { recursive: true });
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('serves built files, assets as immutable', () => {
    expect(resolveConsoleFile(dir, '/assets/index-1.js')).toEqual({ kind: 'file', path: join(dir, 'assets', 'index-1.js'), immutable: true });
    expect(resolveConsoleFile(dir, '/')).toEqual({ kind: 'file', path: join(dir, 'index.html'), immutable: false });
  });

  it('answers every page of the app with index.html, ARNs with dots included', () => {
    const page = `/executions/${encodeURIComponent('arn:aws:states:us-east-1:123456789012:execution:orders:run.2')}`;
    expect(resolveConsoleFile(dir, page)).toMatchObject({ path: join(dir, 'index.html') });
    expect(resolveConsoleFile(dir, '/inbox')).toMatchObject({ path: join(dir, 'index.html') });
  });

  it('answers a missing asset with missing, and never serves a file outside the folder', () => {
    expect(resolveConsoleFile(dir, '/assets/gone.js')).toEqual({ kind: 'missing' });
    expect(resolveConsoleFile(dir, '/../../etc/passwd')).toMatchObject({ path: join(dir, 'index.html') });
    expect(resolveConsoleFile(dir, '/%2e%2e/%2e%2e/package.json')).toEqual({ kind: 'missing' });
    expect(resolveConsoleFile(dir, '/%E0%A4%A')).toEqual({ kind: 'missing' });
  });

  it('finds the build from anywhere below the folder that holds it, or says there is none', () => {
    expect(findConsoleDir(join(root, 'apps', 'coordinator'))).toBe(dir);
    expect(findConsoleDir(tmpdir())).toBeUndefined();
  });
});
