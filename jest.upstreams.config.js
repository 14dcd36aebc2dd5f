/** jest for the `contract` command against loopback upstreams (npm run test:upstreams): see UPSTREAM_TESTS. */
import base, { UPSTREAM_TESTS } from './jest.config.js';

/** @type {import('jest').Config} */
export default {
  ...base,
  testMatch: UPSTREAM_TESTS,
  testPathIgnorePatterns: ['/node_modules/'],
};
