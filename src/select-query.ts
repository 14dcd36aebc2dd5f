// Build entry (scripts/build.mjs emits it as dist/select-query.js and .cjs): the `$select` check and
// the JSON Patch path check, which client.ts loads on the first call that needs them. The code
// lives in select/query.ts.
export { buildSelectQuery, checkPatchPaths } from './select/query.js';
