// The fetch the openapi-fetch client is given: every request actually sent goes through here, after
// all middleware has run. It checks where the request goes (guard.ts), adds the credentials, sends
// under the call's time limit and signal and never follows a redirect, caps the body
// (limit-body.ts), reports slow calls, and turns what fetch throws into this library's errors.
// Doing this in fetch, not in middleware, keeps openapi-fetch's middleware contract intact for
// `client.raw` (middleware may replace the Request, read it, or answer itself), means no middleware
// sees a secret before it is sent, and that no request leaves unchecked or without them.
import type { Credentials } from '../auth/credentials.js';
import type { Refresher } from '../auth/refresh.js';
import type { CallContext } from '../call/context.js';
import { redirectError, tooLargeError } from '../errors/from-response.js';
import { toChatSessionError } from '../errors/to-chat-session-error.js';
import type { operations } from '../types.js';
import { guardRequest } from './guard.js';
import { LightRequest } from './light-request.js';
import { limitBody } from './limit-body.js';
import { startSlowCallClock, type SlowCallSettings } from './slow-call.js';

export type Fetch = (input: Request) => Promise<Response>;

export interface TransportSettings {
  /** The checked base URL, without a trailing slash. */
  readonly baseUrl: string;
  readonly credentials: Credentials;
  readonly refresher: Refresher;
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
  readonly allowInsecureHttp: boolean;
  readonly slowCall: SlowCallSettings | undefined;
  /** The caller's fetch (tests, proxies, instrumentation); undefined: the global fetch, looked up per call. */
  readonly fetch: Fetch | undefined;
}

/**
 * The fetch for one call: `context` is the call's (an operation's, so a 401 re-send and the errors
 * share it, or a client.raw call's). What fetch throws is mapped here, before any middleware's onError sees it.
 */
export function transport(settings: TransportSettings, operation: keyof operations, context: CallContext, custom = settings.fetch) {
  return async (request: Request | LightRequest): Promise<Response> => {
    try {
      return await send(settings, operation, context, request, custom);
    } catch (error) {
      throw toChatSessionError(error, context);
    }
  };
}

async function send(settings: TransportSettings, operation: keyof operations, call: CallContext, request: Request | LightRequest, custom: Fetch | undefined): Promise<Response> {
  // An operation's own request (a LightRequest: no middleware could touch it) under the checked base
  // URL, with headers checked when the call began, needs no second look; every other request does.
  if (!(request instanceof LightRequest && request.url.startsWith(`${settings.baseUrl}/`))) guardRequest(request.url, request.headers, settings.allowInsecureHttp);
  call.generation = settings.refresher.generation;
  const pending = settings.credentials.resolve(call);
  // Static credentials are applied synchronously; providers are awaited.
  const resolved = pending instanceof Promise ? await pending : pending;
  call.secrets.push(...resolved.secrets);
  for (const [name, value] of resolved.headers) request.headers.set(name, value);
  call.request = request as Request; // what errors show: url, method, headers
  const report = settings.slowCall && startSlowCallClock(settings.slowCall, operation);
  let response: Response;
  try {
    response = await fetchOnce(request, call.signal, custom);
  } catch (error) {
    report?.(undefined);
    throw error;
  }
  report?.(response.status);
  // Sent with redirect: 'manual', so a redirect arrives here (a browser gives an opaque one) and goes no further.
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    void response.body?.cancel().catch(() => undefined);
    throw redirectError(call, response);
  }
  return limitBody(response, settings.maxResponseBytes, () => tooLargeError(call, response, settings.maxResponseBytes));
}

/** One fetch: a LightRequest goes out as fetch(url, init), a real Request as it is; either with the call's signal, never following a redirect. */
function fetchOnce(request: Request | LightRequest, signal: AbortSignal, custom: Fetch | undefined): Promise<Response> {
  if (request instanceof LightRequest) {
    const init: RequestInit = { ...request.init, headers: request.headers, signal, redirect: 'manual' };
    return custom ? custom(new Request(request.url, init)) : globalThis.fetch(request.url, init);
  }
  // Any init resets a Request's referrer and referrer policy (Fetch standard), so they are passed on again.
  const init: RequestInit = { signal, redirect: 'manual', referrer: request.referrer, referrerPolicy: request.referrerPolicy };
  return custom ? custom(new Request(request, init)) : globalThis.fetch(request, init);
}
