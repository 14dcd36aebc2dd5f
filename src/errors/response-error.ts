import { ChatSessionError, type ChatSessionErrorInit } from './chat-session-error.js';

/** The fields of a 2xx that is not what the operation promises. */
export interface ResponseErrorInit extends ChatSessionErrorInit {
  readonly status: number;
  readonly contentType: string | undefined;
}

/**
 * Thrown when the server answers 2xx but the body is not a chat session: empty, not JSON, or JSON
 * that is not an object. The chat session may have been created.
 */
export class ChatSessionResponseError extends ChatSessionError {
  override name = 'ChatSessionResponseError';
  declare readonly status: number;
  declare readonly contentType: string | undefined;

  constructor(message: string, init: ResponseErrorInit) {
    super(message, init);
  }
}
