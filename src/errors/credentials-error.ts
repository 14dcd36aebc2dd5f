import { ChatSessionError } from './chat-session-error.js';

/**
 * Thrown when a credential provider (a function given for password, ticket, token, xsrfToken or
 * appToken) throws, or returns something other than a non-empty string. `cause` is what the
 * provider threw. Nothing was sent.
 */
export class ChatSessionCredentialsError extends ChatSessionError {
  override name = 'ChatSessionCredentialsError';
}
