// The one per-call pipeline every operation runs: check the call's input (body, path and query
// parameters, options), send it through openapi-fetch (the transport adds credentials and the time
// limit), retry where the caller opted in and the operation is idempotent (call/retry.ts), re-send
// once after a 401 when credentials can be refreshed, and turn the response into typed data or a
// typed error.
import type { Client } from 'openapi-fetch';
import type { Settings } from '../options/normalize.js';
import type { Operation } from '../operation.js';
import { transport } from '../transport/transport.js';
import type { paths } from '../types.js';
import { normalizeCallOptions, type NormalizedCall } from './call-options.js';
import { createCallContext, type CallContext } from './context.js';
import { readResponse, type FetchResult } from './read-response.js';
import type { RetryPolicy } from './retry-types.js';
import { toChatSessionError } from '../errors/to-chat-session-error.js';
import { ChatSessionNetworkError } from '../errors/network-error.js';
import { ChatSessionResponseError } from '../errors/response-error.js';
import { ChatSessionUsageError } from '../errors/usage-error.js';

type ValidationModule = typeof import('../validation.js');
type ChecksModule = typeof import('../lazy-checks.js');
type OperationsModule = typeof import('../lazy-operations.js');

/** What the pipeline needs from the client. */
export interface ClientCore {
  readonly settings: Settings;
  /** The openapi-fetch client (the one `client.raw` wraps). */
  readonly fetchClient: Client<paths>;
  /** The Request class for openapi-fetch: a light one unless middleware is registered on `client.raw`. */
  requestClass(): typeof Request;
  // Each loads its module on first use, waiting at most until timeoutMs after `startedAt` (when the call began).
  /** The checks a call needs only with select, a JSON Patch, query parameters or retry (lazy-checks.ts). */
  readonly loadChecks: (startedAt: number) => Promise<ChecksModule>;
  readonly loadValidation: (startedAt: number) => Promise<ValidationModule>;
  /** The operations other than create, and what only they need (lazy-operations.ts). */
  readonly loadOperations: (startedAt: number) => Promise<OperationsModule>;
}

/** The parts of the request an operation call supplies (call/path-params.ts makes them from a method's arguments). */
export interface OperationInput {
  /** openapi-fetch's `params`: the path parameters' checked values, by name. */
  readonly params?: { readonly path: Readonly<Record<string, string | number>> };
  /** The path with its parameters filled in (each percent-encoded as one segment); the operation's path when it has none. */
  readonly path?: string;
  /** What is wrong with a path parameter: thrown as a ChatSessionUsageError, before anything is sent. */
  readonly problem?: string | undefined;
  readonly body?: unknown;
  /** A list's next page: the server's `odata.nextLink`, whose query is sent instead of `query` and `select`. */
  readonly nextLink?: unknown;
}

/** What is sent, once everything has been checked. */
interface Prepared {
  readonly query: string | undefined;
  readonly headers: Record<string, string> | undefined;
  /** The retry policy and the module that runs it, when the caller opted in. */
  readonly retry: { readonly policy: RetryPolicy; readonly checks: ChecksModule } | undefined;
}

/** `startedAt` (performance.now() scale): when the call began, earlier than now when loading its operation took part of its time limit. */
export async function callOperation(core: ClientCore, operation: Operation, input: OperationInput, options: unknown = {}, startedAt = performance.now()): Promise<unknown> {
  // Everything the caller gave is checked before anything is sent.
  const call = normalizeCallOptions(options, operation);
  // Synchronous unless the call needs the lazy checks: the common call waits for nothing here.
  const preparing = prepare(core, operation, input, call, startedAt);
  const prepared = preparing instanceof Promise ? await preparing : preparing;
  if (call.signal?.aborted) throw call.signal.reason;
  // Loading starts now, alongside the request; a failure to load surfaces where it is awaited.
  const validation = core.settings.validateResponses && operation.result.kind !== 'none' ? core.loadValidation(startedAt) : undefined;
  validation?.catch(() => undefined);

  const context = createCallContext(core.settings.timeoutMs, call.signal, core.settings.credentials.known(), startedAt);
  const sendOnce = () => send(core, operation, input, prepared, context);
  const { retry } = prepared;
  const attempt = retry ? () => retry.checks.withRetries(retry.policy, context, sendOnce, retryHooks(context)) : sendOnce;
  let result: FetchResult;
  try {
    result = await attempt();
    if (result.response.status === 401 && core.settings.credentials.refreshable) {
      await result.response.body?.cancel().catch(() => undefined); // frees the connection for the re-send
      await core.settings.refresher.refresh(context.generation, context);
      result = await attempt();
    }
  } finally {
    context.release(); // the body has been read: the timeout's work is done
  }
  return readResponse(operation, result, context, validation, call.select as readonly string[] | undefined);
}

/** What the retries (checks/retry.ts) need from the pipeline: which failures may be retried, and how an error becomes the client's. */
const retryHooks = (context: CallContext) => ({ isRetryable: (error: unknown) => error instanceof ChatSessionNetworkError, toError: (error: unknown) => toChatSessionError(error, context) });

function prepare(core: ClientCore, operation: Operation, input: OperationInput, call: NormalizedCall, startedAt: number): Prepared | Promise<Prepared> {
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

async function send(core: ClientCore, operation: Operation, input: OperationInput, prepared: Prepared, context: CallContext): Promise<FetchResult> {
  try {
    return await core.fetchClient.request(operation.method as never, operation.path as never, {
      params: input.params ?? {},
      // openapi-fetch passes base URL + path template (only with path parameters); the path was filled in once, when they were checked.
      pathSerializer: (url: string) => url.slice(0, url.length - operation.path.length) + input.path,
      body: input.body,
      headers: prepared.headers,
      parseAs: 'text',
      querySerializer: () => prepared.query ?? '',
      Request: core.requestClass(),
      fetch: transport(core.settings, operation.id, context),
    } as never);
  } catch (error) {
    // Reading the body happens in openapi-fetch, after the transport returned.
    throw toChatSessionError(error, context);
  }
}
