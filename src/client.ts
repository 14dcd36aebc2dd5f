// createChatSessionClient: openapi-fetch with SuperOffice's auth and header conventions as
// middleware, and `create()`, which turns the response into a typed result or a typed error.
import createClient, { type Client } from 'openapi-fetch';
import { createCredentials } from './auth.js';
import { CONTEXT_KEY, createCallContext, summarize } from './call-context.js';
import { ChatSessionApiError } from './errors/api-error.js';
import { ChatSessionResponseError } from './errors/response-error.js';
import { ChatSessionUsageError } from './errors/usage-error.js';
import { ChatSessionValidationError } from './errors/validation-error.js';
import { fetchLight, LightRequest } from './fetch/light-request.js';
import { authMiddleware } from './middleware/auth.js';
import { slowCallMiddleware } from './middleware/slow-call.js';
import { timeoutMiddleware, toChatSessionError } from './middleware/timeout.js';
import { checkBaseUrl, languageHeaders, optionalFunction, positiveNumber, type ChatSessionClientOptions, type LanguageOptions } from './options.js';
import { createRefresher } from './refresh.js';
import type { CreateResult, SelectPath } from './select.js';
import { OPERATION_PATH, type ChatSessionEntity, type paths } from './types.js';
import { assertHeaderName, assertHeaderValue, describeType } from './utils/header-value.js';
import { scrubSecrets } from './utils/redact.js';

/** Options of one `create()` call. */
export interface CreateOptions<S extends readonly SelectPath[] | undefined> extends LanguageOptions {
  /** `$select`: only these properties are filled in; the result type narrows to them. */
  readonly select?: S;
  /** Aborts the call; it then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Extra request headers. Credentials cannot be set here (use `auth`), and Content-Type/Accept must be JSON types. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ChatSessionClient {
  /**
   * `POST /api/v1/ChatSession`: saves `entity` as a new chat session and resolves to the saved
   * ChatSessionEntityWithLinks (narrowed when `select` is given). Not retried: creating is not
   * idempotent. The one exception is a 401 when a secret is a provider: see `onUnauthorized`.
   */
  create<const S extends readonly SelectPath[] | undefined = undefined>(entity: ChatSessionEntity, options?: CreateOptions<S>): Promise<CreateResult<S>>;
  /** The openapi-fetch client underneath, with the same auth, header, timeout and slow-call middleware. */
  readonly raw: Client<paths>;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_SLOW_CALL_THRESHOLD_MS = 5000;
const JSON_TYPES = /^(application\/json|text\/json|application\/merge-patch\+json)\s*(;|$)/i;
const CREDENTIAL_HEADERS = new Set(['authorization', 'x-xsrf-token', 'so-apptoken', 'cookie']);
const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-correlation-id'];

type ValidationModule = typeof import('./validation.js');
type SelectModule = typeof import('./select-query.js');

/** A module loaded on first use. From the CommonJS build, import() of a .cjs file gives its exports as `default`. */
function lazy<T extends object>(load: () => Promise<T>, name: keyof T): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load().then((m) => (name in m ? m : (m as unknown as { default: T }).default)));
}
const loadSelect = lazy<SelectModule>(() => import('./select-query.js'), 'selectQuery');
const loadValidation = lazy<ValidationModule>(() => import('./validation.js'), 'validateChatSessionResponse');

export function createChatSessionClient(options: ChatSessionClientOptions): ChatSessionClient {
  if (options === null || typeof options !== 'object') throw new ChatSessionUsageError(`options must be an object, got ${describeType(options)}.`);
  const baseUrl = checkBaseUrl(options.baseUrl, options.allowInsecureHttp === true);
  const credentials = createCredentials(options.auth, options.appToken);
  const timeoutMs = positiveNumber('timeoutMs', options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const slowCallThresholdMs = positiveNumber('slowCallThresholdMs', options.slowCallThresholdMs, DEFAULT_SLOW_CALL_THRESHOLD_MS);
  const onSlowCall = optionalFunction('onSlowCall', options.onSlowCall);
  const refresher = createRefresher(optionalFunction('onUnauthorized', options.onUnauthorized));
  const now = optionalFunction('now', options.now) ?? (() => performance.now());
  const customFetch = optionalFunction('fetch', options.fetch);

  const raw = createClient<paths>({
    baseUrl,
    headers: { Accept: 'application/json', ...languageHeaders(options, '') },
    // See fetch/light-request.ts: one Request per call instead of two. The global fetch is looked up
    // per call, so a fetch patched after creation (tests, instrumentation) is used.
    Request: LightRequest as unknown as typeof Request,
    fetch: fetchLight(customFetch),
    ...(credentials.credentialsMode ? { credentials: credentials.credentialsMode } : {}),
  });
  raw.use(timeoutMiddleware(timeoutMs, LightRequest), authMiddleware(credentials, refresher));
  if (onSlowCall) raw.use(slowCallMiddleware(slowCallThresholdMs, onSlowCall, now));

  async function create<const S extends readonly SelectPath[] | undefined = undefined>(
    entity: ChatSessionEntity,
    callOptions: CreateOptions<S> = {},
  ): Promise<CreateResult<S>> {
    // Everything the caller gave is checked before anything is sent.
    // toString, not the prototype, so objects from another realm (iframe, vm) are accepted too.
    if (Object.prototype.toString.call(entity) !== '[object Object]') {
      throw new ChatSessionUsageError(`The entity must be a plain object such as { CustomerName: "Kris" }, got ${describeType(entity)}.`);
    }
    if (callOptions === null || typeof callOptions !== 'object') throw new ChatSessionUsageError(`create options must be an object, got ${describeType(callOptions)}.`);
    const select = callOptions.select === undefined ? undefined : (await loadSelect()).selectQuery(callOptions.select);
    const headers = callHeaders(callOptions);
    if (callOptions.signal !== undefined && !(callOptions.signal instanceof AbortSignal)) throw new ChatSessionUsageError('signal must be an AbortSignal.');
    if (callOptions.signal?.aborted) throw callOptions.signal.reason;
    // Loading starts now, alongside the request; a failure to load surfaces where it is awaited.
    const validator = options.validateResponses ? loadValidation() : undefined;
    validator?.catch(() => undefined);

    const context = createCallContext(timeoutMs, callOptions.signal);
    const send = async () => {
      try {
        return await raw.POST(OPERATION_PATH, {
          params: select === undefined ? {} : { query: { $select: select } },
          body: entity,
          ...(headers ? { headers } : {}),
          parseAs: 'text',
          querySerializer: serializeSelect,
          signal: context.signal,
          [CONTEXT_KEY]: context,
        });
      } catch (error) {
        throw toChatSessionError(error, context);
      }
    };

    let result: Awaited<ReturnType<typeof send>>;
    try {
      result = await send();
      if (result.response.status === 401 && credentials.refreshable) {
        await drain(result.response);
        await refresher.refresh(context.generation, context);
        result = await send();
      }
    } finally {
      context.release(); // the body has been read: the timeout's work is done
    }
    const { response } = result;
    // Built only when an error needs it: redacting headers is work a successful call does not do.
    const request = () => (context.request ? summarize(context.request) : undefined);
    if (!response.ok) {
      throw new ChatSessionApiError({
        status: response.status,
        statusText: response.statusText,
        // openapi-fetch gives '' for an empty error body; undefined says "no body" more plainly.
        body: scrubSecrets('error' in result && result.error !== '' ? result.error : undefined, context.secrets),
        requestId: requestIdOf(response),
        request: request()!,
      });
    }
    const data = parseEntity(result.data, response, request);
    if (validator) {
      const issues = (await validator).validateChatSessionResponse(data, callOptions.select);
      if (issues.length > 0) throw new ChatSessionValidationError(issues, { status: response.status, contentType: response.headers.get('content-type') ?? undefined, request: request() });
    }
    return data as CreateResult<S>;
  }

  return { create, raw };
}

/** `$select=a,b/c`: commas and slashes are the syntax of the value, so they are not percent-encoded. */
function serializeSelect(query: Record<string, unknown>): string {
  const value = query.$select;
  return typeof value === 'string' ? `$select=${value.split(',').map((path) => path.split('/').map(encodeURIComponent).join('/')).join(',')}` : '';
}

/** The per-call headers (language overrides and extra headers), or undefined when there are none. */
function callHeaders(options: CreateOptions<readonly SelectPath[] | undefined>): Record<string, string> | undefined {
  const headers = { ...languageHeaders(options, 'create option '), ...extraHeaders(options.headers) };
  for (const _ in headers) return headers;
  return undefined;
}

function extraHeaders(headers: unknown): Record<string, string> {
  if (headers === undefined) return {};
  if (headers === null || typeof headers !== 'object' || Array.isArray(headers)) throw new ChatSessionUsageError(`headers must be an object of header names to values, got ${describeType(headers)}.`);
  const checked: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    assertHeaderName('headers', name);
    assertHeaderValue(`headers["${name}"]`, name, value);
    const lower = name.toLowerCase();
    if (CREDENTIAL_HEADERS.has(lower)) throw new ChatSessionUsageError(`headers must not set ${name}; credentials come from the auth and appToken options.`);
    if ((lower === 'content-type' || lower === 'accept') && !JSON_TYPES.test(value)) {
      throw new ChatSessionUsageError(`headers["${name}"] must be application/json, text/json or application/merge-patch+json for create(); use client.raw for other types.`);
    }
    checked[name] = value;
  }
  return checked;
}

function requestIdOf(response: Response): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = response.headers.get(name);
    if (value) return value;
  }
  return undefined;
}

/** Reads and discards a body, so the connection can be reused before the request is sent again. */
async function drain(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/** The 2xx body as an object, or ChatSessionResponseError when it is empty, not JSON, or not an object. */
function parseEntity(text: unknown, response: Response, request: () => ReturnType<typeof summarize> | undefined): Record<string, unknown> {
  const init = () => ({ status: response.status, contentType: response.headers.get('content-type') ?? undefined, request: request() });
  if (typeof text !== 'string' || text.trim() === '') {
    throw new ChatSessionResponseError(`The server answered ${response.status} with an empty body instead of the saved chat session.`, init());
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const details = init();
    // Not JSON.parse's own error as the cause: its message quotes the start of the body, which may
    // echo a credential (even a prefix of one is too much).
    const cause = new SyntaxError(`The body (${text.length} characters) is not valid JSON.`);
    throw new ChatSessionResponseError(`The server answered ${response.status} with a body that is not JSON (Content-Type ${details.contentType ?? 'none'}).`, { ...details, cause });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ChatSessionResponseError(`The server answered ${response.status} with JSON that is not an object (${describeType(data)}).`, init());
  }
  return data as Record<string, unknown>;
}

