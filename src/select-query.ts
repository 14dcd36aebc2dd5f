// Build entry (scripts/build.mjs emits it as dist/select-query.js and .cjs): the `$select` check,
// which client.ts loads on the first call that uses `select`. The code lives in select/query.ts.
export { buildSelectQuery } from './select/query.js';
