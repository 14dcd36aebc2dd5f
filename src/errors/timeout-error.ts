import { ChatSessionError, type ChatSessionErrorInit } from './chat-session-error.js';

/**
 * Thrown when a call takes longer than the client's `timeoutMs` (default 60 000 ms), including the
 * time spent waiting for a credential provider. Whether the server created the chat session is
 * unknown; see the README before sending the request again.
 */
export class ChatSessionTimeoutError extends ChatSessionError {
  override name = 'ChatSessionTimeoutError';
  declare readonly timeoutMs: number;

  constructor(message: string, init: ChatSessionErrorInit & { timeoutMs: number }) {
    super(message, init);
  }
}
