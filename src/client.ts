// createChatSessionClient: assembles the client from its settings: the openapi-fetch client with
// the transport (credentials, time limit, errors) as its fetch, `client.raw` over it, and one
// method per operation, each a call of the generic pipeline (call/pipeline.ts) with the operation's
// data (operations.ts). Create's data is here up front; the other operations' data, and the code
// only they need, load on the first call of one of their methods (lazy-operations.ts), whose names
// are listed here so that the methods exist from the start. ChatSessionClient below gives each
// method its types.
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { BaseCallOptions, RetryableCallOptions } from './call/call-options.js';
import { callOperation, type ClientCore } from './call/pipeline.js';
import { checked } from './call/prepare.js';
import { serializeBody } from './call/serialize-body.js';
import type { ChatSessionClientOptions } from './options/client-options.js';
import { normalizeOptions } from './options/normalize.js';
import { CREATE, type MethodName } from './operation.js';
import { rawClient } from './raw-client.js';
import type { EntityResult, ListResult, SelectPath } from './select/types.js';
import type { ChatSessionPatchBody, CreateOptions, EntityOptions, Id, ListOptions, PagesOptions, PatchOptions } from './method-options.js';
import { LightRequest } from './transport/light-request.js';
import type { ChatMessage, ChatSessionEntity, PathParamOf, QueryOf, ResponseOf, paths } from './types.js';
import { lazy } from './utils/lazy.js';

export type { ChatSessionPatchBody, CreateOptions, EntityOptions, ListOptions, PagesOptions, PatchOptions } from './method-options.js';

export interface ChatSessionClient {
  /**
   * `POST /api/v1/ChatSession`: saves `entity` as a new chat session and resolves to the saved
   * ChatSessionEntityWithLinks (narrowed when `select` is given). Not retried: creating is not
   * idempotent. The one exception is a 401 when a secret is a provider: see `onUnauthorized`.
   */
  create<const S extends readonly SelectPath[] | undefined = undefined>(entity: ChatSessionEntity, options?: CreateOptions<S>): Promise<EntityResult<S>>;
  /** `GET /api/v1/ChatSession/{id}`: the chat session (narrowed when `select` is given). */
  get<const S extends readonly SelectPath[] | undefined = undefined>(id: Id, options?: EntityOptions<S>): Promise<EntityResult<S>>;
  /** `GET /api/v1/ChatSession/default`: a new chat session with the server's default values, not saved. */
  getDefault(options?: RetryableCallOptions): Promise<ResponseOf<'DefaultChatSessionEntity'>>;
  /** `PUT /api/v1/ChatSession/{id}`: replaces the stored chat session with `entity`. Idempotent: may be retried. */
  update<const S extends readonly SelectPath[] | undefined = undefined>(id: Id, entity: ChatSessionEntity, options?: EntityOptions<S>): Promise<EntityResult<S>>;
  /**
   * `PATCH /api/v1/ChatSession/{id}`: a JSON Patch array (sent as application/json-patch+json; paths
   * in any letter case, leading slash optional) or a merge-patch object (application/merge-patch+json). Never retried.
   */
  patch<const S extends readonly SelectPath[] | undefined = undefined>(id: Id, patch: ChatSessionPatchBody, options?: PatchOptions<S>): Promise<EntityResult<S>>;
  /** `DELETE /api/v1/ChatSession/{id}`: resolves to undefined (204). Idempotent: may be retried. */
  delete(id: Id, options?: RetryableCallOptions): Promise<undefined>;
  /** `GET /api/v1/ChatSession`: one page of the OData-style archive list. */
  list<const C extends readonly string[] | undefined = undefined>(options?: ListOptions<C>): Promise<ListResult<C>>;
  /** The pages of `list`, following `odata.nextLink` (only to the list's own URL) for at most `maxPages` pages. */
  listPages<const C extends readonly string[] | undefined = undefined>(options: PagesOptions<C>): AsyncIterableIterator<ListResult<C>>;
  /** `GET /api/v1/ChatSession/ForCurrentUser`: the sessions the current user is a member of. */
  forCurrentUser(options?: RetryableCallOptions): Promise<ResponseOf<'ChatSessionsForUser'>>;
  /** `GET /api/v1/ChatSession/{chatSessionId}/Messages`: the messages, those after message id `after` when given. */
  messages(chatSessionId: Id, options?: RetryableCallOptions & QueryOf<'GetChatMessages'>): Promise<ResponseOf<'GetChatMessages'>>;
  /** `POST /api/v1/ChatSession/{chatSessionId}/Messages`: adds `message`, resolves to the stored message. Never retried. */
  addMessage(chatSessionId: Id, message: ChatMessage, options?: BaseCallOptions): Promise<ResponseOf<'AddChatMessage'>>;
  /** `POST /api/v1/ChatSession/{chatSessionId}/Transcript` (no body): the transcript, plain text or (`html: true`) HTML. A POST: no `retry`. */
  transcript(chatSessionId: Id, options?: BaseCallOptions & QueryOf<'GetChatTranscript'>): Promise<ResponseOf<'GetChatTranscript'>>;
  /** `POST /api/v1/ChatSession/{chatSessionId}/Pickup`: assigns the session to the user; null when it was not in the queue. */
  pickUp(chatSessionId: Id, options?: BaseCallOptions): Promise<ResponseOf<'PickUpChatSession'>>;
  /** `POST /api/v1/ChatSession/Pickup`: assigns the first session in the queue to the user. */
  pickUpFirst(options?: BaseCallOptions): Promise<ResponseOf<'PickUpFirstChatSession'>>;
  /** `POST /api/v1/ChatSession/{chatSessionId}/Reset`: puts the session back in the queue. */
  reset(chatSessionId: Id, options?: BaseCallOptions): Promise<ResponseOf<'ResetChatSession'>>;
  /** `POST /api/v1/ChatSession/{chatSessionId}/TransferTo/{toAssociate}`: offers the session to another user (name or associate id). */
  transfer(chatSessionId: Id, toAssociate: PathParamOf<'TransferChatSession', 'toAssociate'> | Id, options?: BaseCallOptions): Promise<ResponseOf<'TransferChatSession'>>;
  /** `POST /api/v1/ChatSession/{chatSessionId}/AcceptTransfer`. */
  acceptTransfer(chatSessionId: Id, options?: BaseCallOptions): Promise<ResponseOf<'AcceptChatSessionTransfer'>>;
  /** `POST /api/v1/ChatSession/{chatSessionId}/RejectTransfer`. */
  rejectTransfer(chatSessionId: Id, options?: BaseCallOptions): Promise<ResponseOf<'RejectChatSessionTransfer'>>;
  /** `POST /api/v1/ChatTopic/{chatTopicId}/Sessions`: a new session on the topic. The page and the spec define no request body. */
  createForTopic(chatTopicId: Id, options?: BaseCallOptions): Promise<ResponseOf<'CreateChatSessionForTopic'>>;
  /** `GET /api/v1/ChatTopic/{chatTopicId}/Sessions`: one page of the topic's sessions (OData-style archive list). */
  topicSessions<const C extends readonly string[] | undefined = undefined>(chatTopicId: Id, options?: ListOptions<C>): Promise<ListResult<C>>;
  /** The pages of `topicSessions`, as `listPages` walks those of `list`. */
  topicSessionPages<const C extends readonly string[] | undefined = undefined>(chatTopicId: Id, options: PagesOptions<C>): AsyncIterableIterator<ListResult<C>>;
  /**
   * The openapi-fetch client underneath, with the same credentials, headers, time limit and errors,
   * and openapi-fetch's middleware contract unchanged.
   */
  readonly raw: Client<paths>;
}

/**
 * The methods of the operations loaded on first use (operations.ts' LAZY_OPERATIONS), named up front so
 * that they exist before it loads. operations.ts makes it a compile error when these lists and
 * LAZY_OPERATIONS differ, or when a method of ChatSessionClient is in neither.
 */
export const LAZY_METHODS = ['get', 'getDefault', 'update', 'patch', 'delete', 'list', 'forCurrentUser', 'messages', 'addMessage', 'transcript', 'pickUp', 'pickUpFirst', 'reset', 'transfer', 'acceptTransfer', 'rejectTransfer', 'createForTopic', 'topicSessions'] as const satisfies readonly MethodName[];
/** The methods that walk a list's pages (an async iterator each). */
export const LAZY_PAGE_METHODS = ['listPages', 'topicSessionPages'] as const satisfies readonly MethodName[];

// Modules loaded on first use: the build keeps each import() a chunk (a file) of its own.
const loadChecks = lazy(() => import('./lazy-checks.js'), 'buildSelectQuery', 'the checks of select, JSON Patch, query parameters and retry');
const loadValidation = lazy(() => import('./validation.js'), 'validateChatSessionResponse', 'the response validator');
const loadOperations = lazy(() => import('./lazy-operations.js'), 'callOf', 'the operations other than create');

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
    loadChecks: (startedAt) => loadChecks(settings.timeoutMs, startedAt),
    loadValidation: (startedAt) => loadValidation(settings.timeoutMs, startedAt),
    loadOperations: (startedAt) => loadOperations(settings.timeoutMs, startedAt),
  };
  // One method per operation, each the pipeline with its operation's data; the lists also get a
  // method that walks their pages. The first call of a lazy method waits for its operation's data,
  // within its time limit (the wait counts: `startedAt` goes with the call).
  let operations: Awaited<ReturnType<ClientCore['loadOperations']>> | undefined;
  const client: Record<string, unknown> = {
    raw: rawClient(core, middleware),
    create: (entity: unknown, options: unknown) => callOperation(core, CREATE, { body: entity }, options),
  };
  for (const name of LAZY_METHODS) {
    // Once loaded, the module is used as it is (no await per call).
    client[name] = async (...args: unknown[]) => {
      const startedAt = performance.now();
      return callOperation(core, ...(operations ??= await core.loadOperations(startedAt)).callOf(name, args), startedAt);
    };
  }
  for (const name of LAZY_PAGE_METHODS) {
    client[name] = async function* (...args: unknown[]) {
      const startedAt = performance.now();
      const operations = await core.loadOperations(startedAt);
      const [operation, input, options] = operations.callOf(name, args);
      // The first page (no nextLink) is the call that began with the load; each next page's begins when it is asked for.
      const read = (nextLink: unknown, callOptions: object) => callOperation(core, operation, { ...input, nextLink }, callOptions, nextLink === undefined ? startedAt : undefined);
      yield* operations.pages(name, options, read, checked);
    };
  }
  return client as unknown as ChatSessionClient;
}
