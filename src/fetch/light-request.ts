// openapi-fetch builds a `new Request()` for every call, and fetch(request) builds another one from
// it: on Node 20 that pair costs about as much as the rest of the call. openapi-fetch lets a client
// pass the Request class it uses, so the client gives it this light stand-in, which only records
// what the request is; fetchLight() then calls fetch(url, init) once. Middleware (ours, or a
// caller's on client.raw) sees the same fields a Request has; the body-reading methods build a real
// Request on demand.

const NEVER = new AbortController().signal;

export class LightRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null;
  readonly signal: AbortSignal;
  readonly credentials: RequestCredentials;
  readonly redirect: RequestRedirect;

  constructor(input: string | URL | LightRequest, init: RequestInit = {}) {
    const from = input instanceof LightRequest ? input : undefined;
    this.url = from ? from.url : String(input);
    this.method = (init.method ?? from?.method ?? 'GET').toUpperCase();
    // openapi-fetch hands over a Headers object it made for this call alone, so it is used as is.
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers ?? from?.headers);
    this.body = init.body !== undefined ? init.body : (from?.body ?? null);
    this.signal = init.signal ?? from?.signal ?? NEVER;
    this.credentials = init.credentials ?? from?.credentials ?? 'same-origin';
    this.redirect = init.redirect ?? from?.redirect ?? 'follow';
  }

  /** The RequestInit fetch needs to send this request. */
  init(): RequestInit {
    return { method: this.method, headers: this.headers, body: this.body, signal: this.signal, credentials: this.credentials, redirect: this.redirect };
  }

  /** A real Request with the same fields (for a custom fetch, or a middleware that reads the body). */
  toRequest(): Request {
    return new Request(this.url, this.init());
  }

  clone(): Request {
    return this.toRequest();
  }
  text(): Promise<string> {
    return this.toRequest().text();
  }
  json(): Promise<unknown> {
    return this.toRequest().json();
  }
  arrayBuffer(): Promise<ArrayBuffer> {
    return this.toRequest().arrayBuffer();
  }
  blob(): Promise<Blob> {
    return this.toRequest().blob();
  }
}

/** The caller's signal, or undefined when the request has none (LightRequest's default). */
export const callerSignalOf = (request: Request): AbortSignal | undefined => (request.signal === NEVER ? undefined : request.signal);

/**
 * The fetch openapi-fetch is given: a LightRequest goes out as fetch(url, init), one Request in all;
 * a custom fetch (tests, proxies, instrumentation) still receives a real Request.
 */
export function fetchLight(custom: ((input: Request) => Promise<Response>) | undefined): (input: Request) => Promise<Response> {
  return (input) => {
    if (!(input instanceof LightRequest)) return (custom ?? globalThis.fetch)(input);
    return custom ? custom(input.toRequest()) : globalThis.fetch(input.url, input.init());
  };
}
