import { ChatSessionError, type RequestSummary } from './chat-session-error.js';

/**
 * Thrown when the server answers 2xx but the body is not a chat session: empty, not JSON, or JSON
 * that is not an object. The chat session may have been created.
 */
export class ChatSessionResponseError extends ChatSessionError {
  override name = 'ChatSessionResponseError';
  readonly status: number;
  readonly contentType: string | undefined;

  constructor(message: string, init: { status: number; contentType: string | undefined; request: RequestSummary | undefined; cause?: unknown }) {
    super(message, { request: init.request, cause: init.cause });
    this.status = init.status;
    this.contentType = init.contentType;
  }
}
