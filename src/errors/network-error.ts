import { messageOf } from '../utils/message-of.js';
import { ChatSessionError, type RequestSummary } from './chat-session-error.js';

/**
 * Thrown when no HTTP response arrived: the connection was refused or reset, DNS failed, TLS
 * failed, or the response was cut off. `cause` is the error fetch threw. Whether the server
 * created the chat session is unknown; see the README before sending the request again.
 */
export class ChatSessionNetworkError extends ChatSessionError {
  override name = 'ChatSessionNetworkError';

  constructor(request: RequestSummary | undefined, cause: unknown) {
    const reason = describeCause(cause);
    super(`${request ? `${request.method} ${request.url}` : 'The request'} failed before a response arrived: ${reason}`, { cause, request });
  }
}

/** fetch says "fetch failed" and keeps the useful part (ECONNREFUSED, ECONNRESET…) in its cause. */
function describeCause(error: unknown): string {
  const inner = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  const code = typeof inner?.code === 'string' ? inner.code : undefined;
  return code ? `${messageOf(error)} (${code})` : messageOf(error);
}
