// Build entry (scripts/build.mjs emits it as its own chunk, and dist/lazy-operations.cjs): the
// operations other than create, as data (operations.ts), and the code only they need: their path
// parameters' checks, the archive lists' query parameters, the message and PATCH body checks, the
// walk over a list's pages, and the operationId of a `client.raw` call. client.ts names their
// methods up front and loads this on the first call of one, so a page that only creates does not
// pay for their bytes.
//
// Nothing here throws (as in lazy-checks.ts): in the CommonJS build this file is bundled on its own,
// and an error class bundled into it would be a second copy that `instanceof` in the main bundle
// does not recognise. What is wrong travels to the pipeline, which throws it.
import { argumentsOf } from './call/path-params.js';
import type { OperationInput } from './call/pipeline.js';
import type { MethodName, Operation } from './operation.js';
import { LAZY_OPERATIONS, OPERATIONS } from './operations.js';
import type { operations } from './types.js';

export { pages } from './call/pages.js';

/**
 * Each method (and pages method) of LAZY_OPERATIONS, by name, to its operation: a pages method's
 * under its own name, so that its messages name the method the caller called (topicSessionPages, not topicSessions).
 */
const BY_METHOD = new Map<MethodName, Operation>();
for (const operation of LAZY_OPERATIONS as readonly Operation[]) {
  BY_METHOD.set(operation.name, operation);
  if (operation.pages) BY_METHOD.set(operation.pages, { ...operation, name: operation.pages });
}

/** The call of method `name` with `args`: its operation, the pipeline's input (path parameters checked, or their problem) and the options. */
export function callOf(name: MethodName, args: readonly unknown[]): [Operation, OperationInput, unknown] {
  const operation = BY_METHOD.get(name)!;
  return [operation, ...argumentsOf(operation, args)];
}

/** The operationId of a `client.raw` call, from its method and path template (reported to `onSlowCall`). */
export function operationIdOf(method: string, path: string): keyof operations {
  const found = OPERATIONS.find((operation) => operation.method === method.toUpperCase() && operation.path === path);
  return found?.id ?? (`${method.toUpperCase()} ${path}` as keyof operations);
}
