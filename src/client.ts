// createChatSessionClient: assembles the client from its settings: the openapi-fetch client with
// the transport (credentials, time limit, errors) as its fetch, `client.raw` over it, and one
// method per operation, each a call of the generic pipeline (call/pipeline.ts).
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { CallOptions } from './call/call-options.js';
import { callOperation, type ClientCore } from './call/pipeline.js';
import { serializeBody } from './call/serialize-body.js';
import type { ChatSessionClientOptions } from './options/client-options.js';
import { normalizeOptions } from './options/normalize.js';
import { CREATE } from './operations.js';
import { rawClient } from './raw-client.js';
import type { CreateResult, SelectPath } from './select/types.js';
import { LightRequest } from './transport/light-request.js';
import type { ChatSessionEntity, paths } from './types.js';
import { lazy } from './utils/lazy.js';

/** Options of one `create()` call. */
export type CreateOptions<S extends readonly SelectPath[] | undefined> = CallOptions<S>;

export interface ChatSessionClient {
  /**
   * `POST /api/v1/ChatSession`: saves `entity` as a new chat session and resolves to the saved
   * ChatSessionEntityWithLinks (narrowed when `select` is given). Not retried: creating is not
   * idempotent. The one exception is a 401 when a secret is a provider: see `onUnauthorized`.
   */
  create<const S extends readonly SelectPath[] | undefined = undefined>(entity: ChatSessionEntity, options?: CreateOptions<S>): Promise<CreateResult<S>>;
  /**
   * The openapi-fetch client underneath, with the same credentials, headers, time limit and errors,
   * and openapi-fetch's middleware contract unchanged.
   */
  readonly raw: Client<paths>;
}

// Modules loaded on first use: the build keeps each import() a chunk (a file) of its own.
const loadSelect = lazy(() => import('./select-query.js'), 'buildSelectQuery');
const loadValidation = lazy(() => import('./validation.js'), 'validateChatSessionResponse');

export function createChatSessionClient(options: ChatSessionClientOptions): ChatSessionClient {
  const settings = normalizeOptions(options);
  const fetchClient = createClient<paths>({
    baseUrl: settings.baseUrl,
    headers: settings.headers,
    bodySerializer: serializeBody,
    ...(settings.credentials.credentialsMode ? { credentials: settings.credentials.credentialsMode } : {}),
  });
  const middleware: Middleware[] = [];
  const core: ClientCore = {
    settings,
    fetchClient,
    requestClass: () => (middleware.length === 0 ? (LightRequest as unknown as typeof Request) : globalThis.Request),
    loadSelect,
    loadValidation,
  };
  return {
    create: (entity, callOptions) => callOperation(core, CREATE, { body: entity }, callOptions) as never,
    raw: rawClient(core, middleware),
  };
}
