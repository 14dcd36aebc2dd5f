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
import { normalizeCallOptions } from './call-options.js';
import { createCallContext, type CallContext } from './context.js';
import { prepare, type Prepared } from './prepare.js';
import { readResponse, type FetchResult } from './read-response.js';
import { toChatSessionError } from '../errors/to-chat-session-error.js';
import { ChatSessionNetworkError } from '../errors/network-error.js';

type ValidationModule = typeof import('../validation.js');
export type ChecksModule = typeof import('../lazy-checks.js');
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
