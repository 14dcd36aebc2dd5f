// The one per-call pipeline every operation runs: check the call's input, send it through
// openapi-fetch (the transport adds credentials and the time limit), re-send once after a 401 when
// credentials can be refreshed, and turn the response into typed data or a typed error.
import type { Client } from 'openapi-fetch';
import type { Settings } from '../options/normalize.js';
import type { Operation } from '../operations.js';
import { transport } from '../transport/transport.js';
import type { paths } from '../types.js';
import { normalizeCallOptions, type NormalizedCall } from './call-options.js';
import { createCallContext, type CallContext } from './context.js';
import { readResponse, type FetchResult } from './read-response.js';
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
  readonly params?: { readonly path?: Record<string, unknown>; readonly query?: Record<string, unknown> };
  readonly body?: unknown;
}

export async function callOperation(core: ClientCore, operation: Operation, input: OperationInput, options: unknown = {}): Promise<unknown> {
  // Everything the caller gave is checked before anything is sent.
  operation.checkBody?.(input.body);
  const call = normalizeCallOptions(options, operation.name);
  const query = call.select === undefined ? undefined : selectQueryOf(await core.loadSelect(), call.select);
  if (call.signal?.aborted) throw call.signal.reason;
  // Loading starts now, alongside the request; a failure to load surfaces where it is awaited.
  const validation = core.settings.validateResponses && operation.validate ? core.loadValidation() : undefined;
  validation?.catch(() => undefined);

  const context = createCallContext(core.settings.timeoutMs, call.signal, core.settings.credentials.known());
  let result: FetchResult;
  try {
    result = await send(core, operation, input, call, query, context);
    if (result.response.status === 401 && core.settings.credentials.refreshable) {
      await result.response.body?.cancel().catch(() => undefined); // frees the connection for the re-send
      await core.settings.refresher.refresh(context.generation, context);
      result = await send(core, operation, input, call, query, context);
    }
  } finally {
    context.release(); // the body has been read: the timeout's work is done
  }
  return readResponse(operation, result, context, validation, call.select as readonly string[] | undefined);
}

function selectQueryOf(module: SelectModule, select: unknown): string {
  const built = module.buildSelectQuery(select);
  if ('problem' in built) throw new ChatSessionUsageError(built.problem);
  return built.query;
}

async function send(core: ClientCore, operation: Operation, input: OperationInput, call: NormalizedCall, query: string | undefined, context: CallContext): Promise<FetchResult> {
  try {
    return await core.fetchClient.request(operation.method as never, operation.path as never, {
      params: input.params ?? {},
      body: input.body,
      headers: call.headers,
      parseAs: 'text',
      ...(query === undefined ? {} : { querySerializer: () => query }),
      Request: core.requestClass(),
      fetch: transport(core.settings, operation.id, context),
    } as never);
  } catch (error) {
    // Reading the body happens in openapi-fetch, after the transport returned.
    throw toChatSessionError(error, context);
  }
}
