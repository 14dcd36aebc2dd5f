import { ChatSessionError, type RequestSummary } from './chat-session-error.js';

/**
 * Thrown when the server answers with a status other than 2xx (for example 400 for an invalid
 * entity, 401 for missing or expired credentials, 403, or 500). `body` is the error body, parsed
 * when it is JSON (the vendor does not document its shape), with any credential of the request
 * replaced by [REDACTED].
 */
export class ChatSessionApiError extends ChatSessionError {
  override name = 'ChatSessionApiError';
  readonly status: number;
  readonly statusText: string;
  readonly method: string;
  /** The request URL, without credentials. */
  readonly url: string;
  /** The server's request id (X-Request-Id, Request-Id or X-Correlation-Id), when it sends one. */
  readonly requestId: string | undefined;
  /** The response body: parsed JSON, else the text; undefined when empty. */
  readonly body: unknown;

  constructor(init: { status: number; statusText: string; body: unknown; requestId: string | undefined; request: RequestSummary }) {
    const id = init.requestId ? ` (request id ${init.requestId})` : '';
    super(`${init.request.method} ${init.request.url} failed: ${init.status} ${init.statusText}`.trimEnd() + id, { request: init.request });
    this.status = init.status;
    this.statusText = init.statusText;
    this.method = init.request.method;
    this.url = init.request.url;
    this.requestId = init.requestId;
    this.body = init.body;
  }
}
