// Lint rules, chiefly the dependency rules of STYLE.md ("Dependency rules"); see docs/adr/0003.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { roomBoundaryRule } from './tools/eslint/room-boundary.rule.mjs';

const ROOT = import.meta.dirname;
const SPECS = ['**/*.spec.ts', '**/*.e2e-spec.ts'];

const DEEP_LIB_IMPORT = {
  group: ['@lib/*/**'],
  message: 'Import a lib only through @lib/<name> (its src/index.ts); export what you need there.',
};
const RUNTIME_PACKAGES = {
  group: ['@nestjs/*', 'ioredis', 'bullmq'],
  message: 'This lib stays free of Nest and Redis (STYLE.md, Dependency rules).',
};
const NODE_IO_MODULES = ['fs', 'fs/promises', 'net', 'http', 'https', 'http2', 'child_process', 'dgram', 'dns', 'tls', 'cluster', 'worker_threads', 'readline'];
const NODE_IO = {
  group: NODE_IO_MODULES.flatMap((name) => [name, `node:${name}`]),
  message: 'libs/asl is pure: no I/O. Take what you need as a parameter.',
};
const ONLY_LIBS = (allowed, why) => ({ group: ['@lib/*', ...allowed.map((name) => `!@lib/${name}`)], message: why });

/** `@typescript-eslint/no-restricted-imports` with the repository-wide patterns plus `extra`. */
const restrictImports = (extra = {}) => [
  'error',
  { paths: extra.paths ?? [], patterns: [DEEP_LIB_IMPORT, ...(extra.patterns ?? [])] },
];

const PROCESS_ENV = {
  object: 'process',
  property: 'env',
  message: 'Only libs/config reads process.env: inject ConfigService or take Settings.',
};
const ASL_CLOCK_AND_RANDOMNESS = [
  { object: 'Date', property: 'now', message: 'libs/asl takes the clock as a parameter.' },
  { object: 'performance', property: 'now', message: 'libs/asl takes the clock as a parameter.' },
  { object: 'Math', property: 'random', message: 'libs/asl takes randomness from the injected Entropy.' },
];

export default defineConfig(
  { ignores: ['**/node_modules/**', 'dist/**', 'coverage/**', 'test-results/**', '.data/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { stepwise: { rules: { 'room-boundary': roomBoundaryRule } } },
    rules: {
      'stepwise/room-boundary': ['error', { root: ROOT }],
      '@typescript-eslint/no-restricted-imports': restrictImports(),
      'no-restricted-properties': ['error', PROCESS_ENV],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // test/ and bench/ drive whole processes and may read their environment.
    files: ['test/**/*.ts', 'bench/**/*.ts', 'libs/config/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['libs/asl/**/*.ts'],
    ignores: SPECS,
    rules: {
      '@typescript-eslint/no-restricted-imports': restrictImports({
        patterns: [RUNTIME_PACKAGES, NODE_IO, ONLY_LIBS([], 'libs/asl imports no other lib.')],
      }),
      'no-restricted-properties': ['error', PROCESS_ENV, ...ASL_CLOCK_AND_RANDOMNESS],
      'no-restricted-syntax': [
        'error',
        { selector: 'NewExpression[callee.name="Date"][arguments.length=0]', message: 'libs/asl takes the clock as a parameter: no new Date() without an argument.' },
        { selector: 'CallExpression[callee.name="Date"]', message: 'Date() reads the clock; libs/asl takes it as a parameter.' },
      ],
      'no-restricted-globals': [
        'error',
        ...['process', 'setTimeout', 'setInterval', 'setImmediate', 'fetch', 'crypto'].map((name) => ({
          name,
          message: 'libs/asl is pure: no clock, timers, randomness or I/O.',
        })),
      ],
    },
  },
  {
    // Specs may read fixtures, but the interpreter's dependency rules still hold.
    files: ['libs/asl/**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrictImports({
        patterns: [RUNTIME_PACKAGES, ONLY_LIBS([], 'libs/asl imports no other lib.')],
      }),
    },
  },
  {
    files: ['libs/contracts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrictImports({
        paths: [{ name: '@lib/asl', allowTypeImports: true, message: 'libs/contracts imports only types from @lib/asl (import type).' }],
        patterns: [RUNTIME_PACKAGES, ONLY_LIBS(['asl'], 'libs/contracts imports only types from @lib/asl.')],
      }),
    },
  },
  {
    files: ['libs/worker-sdk/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrictImports({
        patterns: [
          { group: ['@nestjs/*'], message: 'The worker SDK is plain TypeScript.' },
          ONLY_LIBS(['contracts'], 'libs/worker-sdk imports only @lib/contracts, so task authors never load the interpreter or the engine.'),
        ],
      }),
    },
  },
  {
    files: ['libs/config/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrictImports({
        patterns: [ONLY_LIBS([], 'libs/config imports nothing of ours.')],
      }),
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', console: 'readonly', process: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
