// Prepares a call: everything the caller gave is checked before anything is sent (the body, the path
// parameters' problems, select, query parameters, a JSON Patch, retry, a next page's link) and what
// is sent is worked out once. The common call needs none of the lazy checks and stays synchronous.
import type { NormalizedCall } from './call-options.js';
import type { ChecksModule, ClientCore, OperationInput } from './pipeline.js';
import type { RetryPolicy } from './retry-types.js';
import type { Operation } from '../operation.js';
import { ChatSessionResponseError } from '../errors/response-error.js';
import { ChatSessionUsageError } from '../errors/usage-error.js';

/** What is sent, once everything has been checked. */
export interface Prepared {
  readonly query: string | undefined;
  readonly headers: Record<string, string> | undefined;
  /** The retry policy and the module that runs it, when the caller opted in. */
  readonly retry: { readonly policy: RetryPolicy; readonly checks: ChecksModule } | undefined;
}

export function prepare(core: ClientCore, operation: Operation, input: OperationInput, call: NormalizedCall, startedAt: number): Prepared | Promise<Prepared> {
  const { name } = operation;
  const problem = operation.checkBody?.(input.body) ?? input.problem;
  if (problem !== undefined) throw new ChatSessionUsageError(problem);
  const filled = input.path ?? operation.path;
  if (call.select !== undefined && !operation.select) throw new ChatSessionUsageError(`${name} takes no select option: the server returns the whole result.`);
  const patch = operation.jsonPatch && Array.isArray(input.body) ? input.body : undefined;
  const headers = operation.contentType ? { ...call.headers, 'Content-Type': operation.contentType(input.body) } : call.headers;
  // The common call (no select, query parameters, JSON Patch or retry) needs none of the lazy checks.
  if (call.select === undefined && !call.query && !patch && call.retry === undefined && input.nextLink === undefined) return { query: undefined, headers, retry: undefined };
  return core.loadChecks(startedAt).then((checks) => prepareWithChecks(core, operation, input, call, checks, { filled, patch, headers }));
}

/** The rest of prepare, for a call that needs the lazy checks. */
function prepareWithChecks(
  core: ClientCore,
  operation: Operation,
  input: OperationInput,
  call: NormalizedCall,
  checks: ChecksModule,
  { filled, patch, headers }: { filled: string; patch: unknown[] | undefined; headers: Record<string, string> | undefined },
): Prepared {
  const { name } = operation;
  let query: string | undefined;
  if (input.nextLink !== undefined) {
    const next = checks.nextPageQuery(core.settings.baseUrl, filled, input.nextLink);
    if ('problem' in next) throw new ChatSessionResponseError(next.problem, { status: 200, contentType: undefined, secrets: core.settings.credentials.known() });
    query = next.query;
  } else {
    const select =
      call.select === undefined ? undefined
      : operation.select === 'archive' ? checked(checks.archiveSelectQuery(name, call.select)).query
      : checked(checks.buildSelectQuery(call.select)).query;
    query = checked(checks.queryString(name, operation.query, call.query, select)).query || undefined;
  }
  if (patch) checked(checks.checkJsonPatch(patch));
  const retry = call.retry === undefined ? undefined : { policy: checked(checks.checkRetry(call.retry)).policy, checks };
  return { query, headers, retry };
}

/** What a lazy check found: the problem as a ChatSessionUsageError (the checks module throws nothing; see lazy-checks.ts). */
export function checked<T extends object>(outcome: T | { problem: string }): T {
  if ('problem' in outcome) throw new ChatSessionUsageError(outcome.problem);
  return outcome;
}
