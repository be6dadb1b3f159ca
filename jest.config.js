/** Unit specs live beside the code; end-to-end and conformance specs under test/. */
const fs = require('node:fs');
const swcrc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));

// NestJS 12 (and a few of its dependencies) ship ES modules only. Node 20 can require() them,
// but Jest's module loader cannot before Node 24.9, so Jest compiles them to CommonJS with swc.
const ESM_ONLY_PACKAGES = ['@nestjs'];

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false }],
    '^.+\\.m?js$': ['@swc/jest', { ...swcrc, swcrc: false }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_PACKAGES.join('|')})/)`],
  moduleNameMapper: {
    '^@lib/(asl|contracts|config|engine|worker-sdk|observability)$': '<rootDir>/libs/$1/src',
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // Specs that start redis-server or app processes compile and spawn on a 2-core machine; the
  // default 5 s is about speed, which specs never assert.
  testTimeout: 30_000,
};
