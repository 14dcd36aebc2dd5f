// The one per-call pipeline every operation runs: check the call's input (body, path and query
// parameters, options), send it through openapi-fetch (the transport adds credentials and the time
// limit), retry where the caller opted in and the operation is idempotent (call/retry.ts), re-send
// once after a 401 when credentials can be refreshed, and turn the response into typed data or a
// typed error.
import type { Client } from 'openapi-fetch';
import type { Settings } from '../options/normalize.js';
import type { Operation } from '../operations.js';
import { transport } from '../transport/transport.js';
import type { paths } from '../types.js';
import { normalizeCallOptions, type NormalizedCall } from './call-options.js';
import { createCallContext, type CallContext } from './context.js';
import { nextPageQuery } from './next-link.js';
import { archiveSelectQuery, buildQuery, pathValue } from './query.js';
import { readResponse, type FetchResult } from './read-response.js';
import { withRetries } from './retry.js';
import { toChatSessionError } from '../errors/to-chat-session-error.js';
import { ChatSessionUsageError } from '../errors/usage-error.js';

type ValidationModule = typeof import('../validation.js');
type SelectModule = typeof import('../select-query.js');

/** What the pipeline needs from the client. */
export interface ClientCore {
  readonly settings: Settings;
  /** The openapi-fetch client (the one `client.raw` wraps). */
  readonly fetchClient: Client<paths>;
  /** The Request class for openapi-fetch: a light one unless middleware is registered on `client.raw`. */
  requestClass(): typeof Request;
  readonly loadSelect: () => Promise<SelectModule>;
  readonly loadValidation: () => Promise<ValidationModule>;
}

/** The parts of the request an operation call supplies. */
export interface OperationInput {
  /** The path parameters' values, by name. */
  readonly path?: Readonly<Record<string, unknown>>;
  readonly body?: unknown;
  /** A list's next page: the server's `odata.nextLink`, whose query is sent instead of `query` and `select`. */
  readonly nextLink?: unknown;
}

/** What is sent, once everything has been checked. */
interface Prepared {
  readonly params: { path?: Record<string, unknown> };
  /** The path with its parameters filled in (each percent-encoded as one segment). */
  readonly path: string;
  readonly query: string | undefined;
  readonly headers: Record<string, string> | undefined;
}

export async function callOperation(core: ClientCore, operation: Operation, input: OperationInput, options: unknown = {}): Promise<unknown> {
  // Everything the caller gave is checked before anything is sent.
  const call = normalizeCallOptions(options, operation);
  const prepared = await prepare(core, operation, input, call);
  if (call.signal?.aborted) throw call.signal.reason;
  // Loading starts now, alongside the request; a failure to load surfaces where it is awaited.
  const validation = core.settings.validateResponses && operation.result.kind !== 'none' ? core.loadValidation() : undefined;
  validation?.catch(() => undefined);

  const context = createCallContext(core.settings.timeoutMs, call.signal, core.settings.credentials.known());
  const sendOnce = () => send(core, operation, input, prepared, context);
  const attempt = call.retry ? () => withRetries(call.retry!, context, sendOnce) : sendOnce;
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

async function prepare(core: ClientCore, operation: Operation, input: OperationInput, call: NormalizedCall): Promise<Prepared> {
  const { name } = operation;
  operation.checkBody?.(input.body);
  const path: Record<string, unknown> = {};
  for (const [param, kind] of Object.entries(operation.pathParams ?? {})) path[param] = pathValue(name, param, kind, input.path?.[param]);
  const filled = operation.pathParams ? operation.path.replace(/\{(\w+)\}/g, (_all, param: string) => encodeURIComponent(String(path[param]))) : operation.path;
  let query: string | undefined;
  if (input.nextLink !== undefined) {
    query = nextPageQuery(core.settings.baseUrl, filled, input.nextLink, core.settings.credentials.known());
  } else {
    if (call.select !== undefined && !operation.select) throw new ChatSessionUsageError(`${name} takes no select option: the server returns the whole result.`);
    const select =
      call.select === undefined ? undefined
      : operation.select === 'archive' ? archiveSelectQuery(name, call.select)
      : checked(await core.loadSelect(), 'buildSelectQuery', call.select).query;
    query = buildQuery(name, operation.query, call.query, select);
  }
  const patchPaths = operation.bodyPaths?.(input.body);
  if (patchPaths) checked(await core.loadSelect(), 'checkPatchPaths', patchPaths);
  const headers = operation.contentType ? { ...call.headers, 'Content-Type': operation.contentType(input.body) } : call.headers;
  return { params: operation.pathParams ? { path } : {}, path: filled, query, headers };
}

/** Runs a check of the lazily loaded select module, which reports problems instead of throwing (see select/query.ts). */
function checked<K extends 'buildSelectQuery' | 'checkPatchPaths'>(module: SelectModule, check: K, value: unknown): Exclude<ReturnType<SelectModule[K]>, { problem: string }> {
  const outcome = module[check](value as never);
  if ('problem' in outcome) throw new ChatSessionUsageError(outcome.problem);
  return outcome as never;
}

async function send(core: ClientCore, operation: Operation, input: OperationInput, prepared: Prepared, context: CallContext): Promise<FetchResult> {
  try {
    return await core.fetchClient.request(operation.method as never, operation.path as never, {
      params: prepared.params,
      // openapi-fetch passes base URL + path template; the path was filled in once, when the parameters were checked.
      pathSerializer: (url: string) => url.slice(0, url.length - operation.path.length) + prepared.path,
      body: input.body,
      headers: prepared.headers,
      parseAs: 'text',
      ...(prepared.query === undefined ? {} : { querySerializer: () => prepared.query }),
      Request: core.requestClass(),
      fetch: transport(core.settings, operation.id, context),
    } as never);
  } catch (error) {
    // Reading the body happens in openapi-fetch, after the transport returned.
    throw toChatSessionError(error, context);
  }
}
