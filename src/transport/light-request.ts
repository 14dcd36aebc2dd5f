// openapi-fetch builds a `new Request()` for every call, and fetch(request) builds another one from
// it: on Node 20 that pair costs about as much as the rest of the call. openapi-fetch lets a call
// pass the Request class it uses, so `create()` and the other operations pass this light record of
// the URL and the RequestInit, and the transport calls fetch(url, init) once.
//
// It is used only while no middleware is registered on `client.raw`: middleware receives exactly
// what openapi-fetch documents (a real Request it may read, clone or replace), so with any
// middleware the operations build real Requests too. It never reaches code outside this library.

export class LightRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  /** Every RequestInit field openapi-fetch passed (body, credentials, redirect, signal…). */
  readonly init: RequestInit;

  constructor(url: string, init: RequestInit) {
    this.url = url;
    this.method = init.method ?? 'GET';
    // openapi-fetch hands over a Headers object it made for this call alone, so it is used as is.
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.init = init;
  }
}
