/**
 * Runs TypeScript sources directly under Node by compiling each file with swc on require, and
 * resolves the `@lib/<name>` prefix to `libs/<name>/src`. Used where tsx's name-keeping helpers
 * would distort measurements (benchmarks), and to run the apps from their sources in end-to-end
 * tests (test/support/processes.ts): unlike tsx, swc emits the decorator metadata Nest needs.
 */
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { transformSync } = require('@swc/core');

const root = path.resolve(__dirname, '..');
const swcrc = JSON.parse(fs.readFileSync(path.join(root, '.swcrc'), 'utf8'));

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const lib = /^@lib\/([\w-]+)$/.exec(request);
  return resolveFilename.call(this, lib ? path.join(root, 'libs', lib[1], 'src') : request, ...rest);
};

Module._extensions['.ts'] = function (module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...swcrc, swcrc: false, filename, sourceMaps: 'inline' });
  module._compile(code, filename);
};
