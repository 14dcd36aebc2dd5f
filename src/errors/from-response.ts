// Errors built from a response the transport refuses to pass on: a redirect, or a body larger than
// maxResponseBytes. Every piece of server text in them is clipped here and redacted by the error's constructor.
import { summarize, type CallContext } from '../call/context.js';
import { clip } from '../utils/clip.js';
import { ChatSessionApiError } from './api-error.js';
import { ChatSessionRedirectError } from './redirect-error.js';
import { ChatSessionResponseError } from './response-error.js';

const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-correlation-id'];

/** The server's request id, when it sends one. */
export function requestIdOf(response: Response): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = response.headers.get(name);
    if (value) return value;
  }
  return undefined;
}

/** `POST https://…/api/v1/ChatSession failed: 500 Internal Server Error (request id r-1)` */
export function statusLine(context: CallContext, response: Response): string {
  const request = summarize(context.request)!;
  const id = requestIdOf(response);
  return `${request.method} ${request.url} failed: ${response.status} ${clip(response.statusText)}`.trimEnd() + (id ? ` (request id ${clip(id)})` : '');
}

export function redirectError(context: CallContext, response: Response): ChatSessionRedirectError {
  const request = summarize(context.request)!;
  const opaque = response.type === 'opaqueredirect'; // a browser: status 0, no headers
  const location = opaque ? undefined : resolve(response.headers.get('location'), request.url);
  const where = opaque ? 'the browser hides where it pointed' : location ? `it pointed to ${clip(location, 300)}` : 'it gave no Location';
  const message =
    `${request.method} ${request.url} was answered with a redirect (${opaque ? 'opaque' : `${response.status} ${clip(response.statusText)}`.trimEnd()}); ${where}. ` +
    'Redirects are never followed, so that credentials and the body go only to the URL you configured: the base URL is probably wrong; use the right one (https, host and tenant path).';
  const init = { request, status: response.status, statusText: response.statusText, requestId: requestIdOf(response), location, secrets: context.secrets };
  return new ChatSessionRedirectError(message, init);
}

export function tooLargeError(context: CallContext, response: Response, maxBytes: number): Error {
  const limit = `larger than maxResponseBytes (${maxBytes} bytes, counted after decompression); reading stopped there`;
  const request = summarize(context.request)!;
  if (!response.ok) {
    const init = { request, status: response.status, statusText: response.statusText, requestId: requestIdOf(response), body: undefined, secrets: context.secrets };
    return new ChatSessionApiError(`${statusLine(context, response)}; its body was ${limit}`, init);
  }
  const init = { request, status: response.status, contentType: response.headers.get('content-type') ?? undefined, secrets: context.secrets };
  return new ChatSessionResponseError(`The server answered ${response.status} with a body ${limit}.`, init);
}

function resolve(location: string | null, base: string): string | undefined {
  if (location === null) return undefined;
  try {
    return new URL(location, base).href;
  } catch {
    return location;
  }
}
