import type { RequestSummary } from './chat-session-error.js';
import { ChatSessionResponseError } from './response-error.js';

/** One place where a response body does not match the spec. */
export interface ValidationIssue {
  /** JSON Pointer into the body, e.g. `/WhenRequested`; empty for the body itself. */
  readonly path: string;
  readonly message: string;
}

/**
 * Thrown, only with `validateResponses: true`, when a 2xx body does not match
 * ChatSessionEntityWithLinks in the spec. `issues` lists every path that failed.
 */
export class ChatSessionValidationError extends ChatSessionResponseError {
  override name = 'ChatSessionValidationError';
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], init: { status: number; contentType: string | undefined; request: RequestSummary | undefined }) {
    const list = issues.map((issue) => `${issue.path || '(body)'} ${issue.message}`).join('; ');
    super(`The response does not match ChatSessionEntityWithLinks: ${list}`, init);
    this.issues = issues;
  }
}
