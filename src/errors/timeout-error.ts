import { ChatSessionError, type RequestSummary } from './chat-session-error.js';

/**
 * Thrown when a call takes longer than the client's `timeoutMs` (default 60 000 ms), including the
 * time spent waiting for a credential provider. Whether the server created the chat session is
 * unknown; see the README before sending the request again.
 */
export class ChatSessionTimeoutError extends ChatSessionError {
  override name = 'ChatSessionTimeoutError';
  readonly timeoutMs: number;

  constructor(timeoutMs: number, request: RequestSummary | undefined) {
    super(`${request ? `${request.method} ${request.url}` : 'The request'} timed out after ${timeoutMs} ms`, { request });
    this.timeoutMs = timeoutMs;
  }
}
