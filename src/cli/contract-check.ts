// One exchange with a real server (one call of the library's client: any operation), checked
// against the spec by Prism's validating proxy engine, in this process: the client builds and
// sends the request (credentials, headers, time limit, the plain-http rule, its errors), Prism
// validates the request, the credentials and the response, and the request itself goes to the
// server through upstream.ts (no redirects, bounded body). No port is opened and no connection
// outlives the call's signal.
import type { IHttpOperation } from '@stoplight/types';
import type { IHttpRequest, IHttpResponse, PrismHttpComponents } from '@stoplight/prism-http';
import { createChatSessionClient, type ChatSessionClient } from '../client.js';
import type { ChatSessionClientOptions } from '../options/client-options.js';
import { messageOf } from '../utils/message-of.js';
import { prismLogger, VALIDATING, type Prism } from './prism.js';
import { sendUpstream, type UpstreamResponse } from './upstream.js';

export interface Violation {
  /** Where: e.g. `response.body.Rating`, `request.body.Status`, `response.headers.content-type`. */
  readonly location: string;
  readonly message: string;
  readonly severity: 'Error' | 'Warning' | 'Information' | 'Hint';
}

export interface Exchange {
  /** What was sent (the last request of the call: a 401 re-send replaces the first); undefined when nothing was. */
  readonly request?: { readonly method: string; readonly url: string };
  /** What the client's method resolved to, when it resolved. */
  readonly result?: unknown;
  /** What the server answered; undefined when no complete response arrived (see `failure`). */
  readonly response: UpstreamResponse | undefined;
  /** The response body parsed as JSON, when it is JSON. */
  readonly json: unknown;
  readonly violations: readonly Violation[];
  /** Why there is no response: what the client rejected with (network error, timeout, the signal's reason, BodyTooLargeError). */
  readonly failure?: unknown;
}

const SEVERITY = ['Error', 'Warning', 'Information', 'Hint'] as const;
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * Makes `call` with a client configured by `options` (to options.baseUrl), its requests going
 * through Prism's proxy engine over the spec's `operations`, and returns what was sent, what came
 * back and every violation Prism found. The call passes its own signal (the time limit).
 */
export async function checkExchange(prism: Prism, operations: IHttpOperation[], options: ChatSessionClientOptions, call: (client: ChatSessionClient) => Promise<unknown>): Promise<Exchange> {
  let sent: Exchange['request'];
  let response: UpstreamResponse | undefined;
  let json: unknown;
  let violations: Violation[] = [];

  // The client's fetch: the request it built (credentials included) goes through Prism's engine,
  // whose forward step (below) sends it to the server.
  const basePath = new URL(options.baseUrl).pathname.replace(/\/+$/, '');
  const fetch = async (request: Request): Promise<Response> => {
    const body = await request.text();
    sent = { method: request.method, url: request.url };
    response = undefined;
    json = undefined;
    const forward: PrismHttpComponents['forward'] = () => () => async () => {
      try {
        response = await sendUpstream(request, body);
        json = parseJson(response.headers['content-type'], response.text);
        return { _tag: 'Right', right: asPrismResponse(response, json) };
      } catch (error) {
        return { _tag: 'Left', left: error as Error };
      }
    };
    const config = { ...VALIDATING, mock: { dynamic: false }, isProxy: true as const, upstream: new URL(options.baseUrl), upstreamProxy: undefined };
    const engine = prism.http.createInstance(config, { logger: prismLogger(prism, undefined), forward });
    try {
      const result = await engine.request(asPrismRequest(request, body, basePath), operations)();
      if (result._tag === 'Left') throw result.left;
      violations = [...result.right.validations.input.map(violation('request')), ...result.right.validations.output.map(violation('response'))];
    } catch (error) {
      if (response === undefined) throw error;
      // Prism's validators throw on some malformed answers (a Content-Type that does not parse):
      // unchecked is not "conforms".
      violations = [{ location: 'response', message: `could not be checked: ${messageOf(error)}`, severity: 'Error' }];
    }
    const status = response!.status;
    const nullBody = status === 204 || status === 205 || status === 304;
    const contentType = response!.headers['content-type'];
    return new Response(nullBody ? null : response!.text, { status, statusText: response!.statusText, headers: contentType ? { 'content-type': contentType } : {} });
  };

  const client = createChatSessionClient({ ...options, fetch });
  try {
    const result = await call(client);
    return { request: sent, result, response, json, violations };
  } catch (failure) {
    // An error status or a body that is not what the spec promises is a response to report; anything else is not.
    if (response === undefined) return { request: sent, response, json, violations, failure };
    return { request: sent, response, json, violations };
  }
}

/** The request as Prism's HTTP server would hand it to the engine (its path without the base URL's). */
function asPrismRequest(request: Request, body: string, basePath: string): IHttpRequest {
  const url = new URL(request.url);
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  const headers: Record<string, string> = { 'content-length': String(new TextEncoder().encode(body).byteLength) };
  request.headers.forEach((value, name) => (headers[name] = value));
  return {
    method: request.method.toLowerCase() as IHttpRequest['method'],
    url: { path: url.pathname.slice(basePath.length), query },
    headers,
    body: body === '' ? null : (parseJson(request.headers.get('content-type') ?? undefined, body) ?? body),
  };
}

/** The response as Prism's own forwarder hands it on: a JSON body parsed, any other as text. */
function asPrismResponse(response: UpstreamResponse, json: unknown): IHttpResponse {
  return { statusCode: response.status, headers: { ...response.headers }, body: json !== undefined ? json : response.text };
}

/** The body parsed, when its media type is JSON and it parses; else undefined. */
function parseJson(contentType: string | undefined, text: string): unknown {
  if (!contentType || !JSON_TYPE.test(contentType)) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const violation =
  (side: 'request' | 'response') =>
  (detail: { path?: (string | number)[]; message: string; severity: number }): Violation => ({
    location: [side, ...(detail.path ?? [])].join('.'),
    message: detail.message,
    severity: SEVERITY[detail.severity] ?? 'Error',
  });
