// Build entry (scripts/build.mjs emits it as its own chunk, and dist/lazy-checks.cjs): the checks a
// call needs only when it uses select, a JSON Patch, query parameters or retry, the retries
// themselves, and the check of a list's next-page link. The pipeline loads it
// on the first such call, so the common call, and a page that never uses them, does not pay for its
// bytes (the largest piece is the list of the entity's property paths).
//
// Nothing here throws: this module may be loaded as a separate file, and an error class bundled into
// it would be a second copy that `instanceof` in the main bundle does not recognise. Each check
// returns `{ problem }` (what to fix), which the pipeline turns into a ChatSessionUsageError.
export { buildSelectQuery, checkPatchPaths } from './select/query.js';
export { checkJsonPatch } from './checks/json-patch.js';
export { archiveSelectQuery, queryString } from './checks/query-values.js';
export { checkRetry } from './checks/retry-options.js';
export { withRetries } from './checks/retry.js';
export { nextPageQuery } from './checks/next-link.js';
