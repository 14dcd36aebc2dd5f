/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  // Tests are TypeScript compiled to CommonJS by ts-jest without type checking (tsconfig's
  // isolatedModules); `npm run typecheck` (part of `npm test`) does the type checking.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'CommonJS', moduleResolution: 'Node10', isolatedModules: true, esModuleInterop: true, resolveJsonModule: true, target: 'ES2022', verbatimModuleSyntax: false } }] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 20000,
};
