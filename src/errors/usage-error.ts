import { ChatSessionError } from './chat-session-error.js';

/**
 * Thrown before anything is sent when the caller's input is wrong: a bad option, a header value
 * with CR/LF, a body that is not an object, an unknown `select` path, credentials over plain
 * http:// to a host that is not loopback. The message says what to fix. Nothing was sent.
 */
export class ChatSessionUsageError extends ChatSessionError {
  override name = 'ChatSessionUsageError';
}
