/** jest for test/browser/ (npm run test:browser): headless Debian Chromium through playwright-core. */
import base from './jest.config.js';

/** @type {import('jest').Config} */
export default {
  transform: base.transform,
  moduleFileExtensions: base.moduleFileExtensions,
  moduleNameMapper: base.moduleNameMapper,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
  testTimeout: 60000,
};
