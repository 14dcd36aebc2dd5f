import { ChatSessionError } from './chat-session-error.js';

/**
 * Thrown when no HTTP response arrived, or it was cut off: the connection was refused or reset,
 * DNS failed, TLS failed, or what came back was not HTTP. `cause` is the transport's error. Only
 * errors recognised as such become this class (see errors/to-chat-session-error.ts). Whether the
 * server created the chat session is unknown; see the README before sending the request again.
 */
export class ChatSessionNetworkError extends ChatSessionError {
  override name = 'ChatSessionNetworkError';
}
