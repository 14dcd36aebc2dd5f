import { ChatSessionApiError } from './api-error.js';
import type { ChatSessionErrorInit, RequestSummary } from './chat-session-error.js';

/**
 * Thrown when the server answers with a redirect (3xx). The client never follows one: the
 * credentials and the body must not go to a URL the caller did not configure. It usually means
 * the base URL is wrong (http instead of https, a missing tenant path, an old host). `location` is
 * where the server pointed, resolved against the request URL; undefined in browsers, which hide it.
 */
export class ChatSessionRedirectError extends ChatSessionApiError {
  override name = 'ChatSessionRedirectError';
  declare readonly location: string | undefined;

  constructor(message: string, init: ChatSessionErrorInit & { request: RequestSummary; status: number; statusText: string; requestId: string | undefined; location: string | undefined }) {
    super(message, { ...init, body: undefined });
  }
}
