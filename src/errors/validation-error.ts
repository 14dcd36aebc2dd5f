import { ChatSessionResponseError, type ResponseErrorInit } from './response-error.js';

/** One place where a response body does not match the spec. */
export interface ValidationIssue {
  /** JSON Pointer into the body, e.g. `/WhenRequested`; empty for the body itself. */
  readonly path: string;
  readonly message: string;
}

/**
 * Thrown, only with `validateResponses: true`, when a 2xx body does not match the operation's
 * response schema in the spec (ChatSessionEntityWithLinks for create). `issues` lists every path that failed.
 */
export class ChatSessionValidationError extends ChatSessionResponseError {
  override name = 'ChatSessionValidationError';
  declare readonly issues: readonly ValidationIssue[];

  constructor(message: string, init: ResponseErrorInit & { issues: readonly ValidationIssue[] }) {
    super(message, init);
  }
}
