import { ChatSessionError, type ChatSessionErrorInit, type RequestSummary } from './chat-session-error.js';

/**
 * Thrown when the server answers with a status other than 2xx (for example 400 for an invalid
 * entity, 401 for missing or expired credentials, 403, or 500). `body` is the error body, parsed
 * when it is JSON (the vendor does not document its shape), with any credential of the request
 * replaced by [REDACTED].
 */
export class ChatSessionApiError extends ChatSessionError {
  override name = 'ChatSessionApiError';
  declare readonly request: RequestSummary;
  declare readonly status: number;
  declare readonly statusText: string;
  /** The server's request id (X-Request-Id, Request-Id or X-Correlation-Id), when it sends one. */
  declare readonly requestId: string | undefined;
  /** The response body: parsed JSON, else the text; undefined when empty. */
  declare readonly body: unknown;

  constructor(message: string, init: ChatSessionErrorInit & { request: RequestSummary; status: number; statusText: string; requestId: string | undefined; body: unknown }) {
    super(message, init);
  }

  get method(): string {
    return this.request.method;
  }

  /** The request URL, without credentials. */
  get url(): string {
    return this.request.url;
  }
}
