/**
 * The `contract` command against loopback upstreams, good and hostile, each run a process of its own
 * that loads Prism and waits out time limits: about 35 s of a worker's time, so `npm run test:upstreams`
 * runs them (CI too) and `npm test` stays under a minute.
 */
export const UPSTREAM_TESTS = ['<rootDir>/test/cli/contract.test.ts', '<rootDir>/test/cli/contract-hostile.test.ts'];

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  // global setup/teardown are .cts: jest loads them outside its module system, and with "type": "module"
  // a .ts file would be taken for ESM after ts-jest compiled it to CommonJS.
  // Tests are TypeScript compiled to CommonJS by ts-jest without type checking (tsconfig's
  // isolatedModules); `npm run typecheck` (part of `npm test`) does the type checking.
  moduleFileExtensions: ['ts', 'cts', 'js', 'cjs', 'mjs', 'json'],
  transform: { '^.+\\.c?ts$': ['ts-jest', { tsconfig: { module: 'CommonJS', moduleResolution: 'Node10', isolatedModules: true, esModuleInterop: true, resolveJsonModule: true, target: 'ES2022', verbatimModuleSyntax: false } }] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/', ...UPSTREAM_TESTS],
  globalSetup: '<rootDir>/test/support/global-setup.cts',
  globalTeardown: '<rootDir>/test/support/global-teardown.cts',
  testTimeout: 20000,
  // Two workers on the 2-core machine: most of the time is spawned CLIs and Prism, outside the workers.
  maxWorkers: 2,
  // Every skipped test says why, at the end of the run (the reason is in the skipped describe's title).
  reporters: ['default', '<rootDir>/test/support/skip-reasons-reporter.cjs'],
};
