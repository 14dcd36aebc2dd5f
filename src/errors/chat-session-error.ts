/** What an error tells about the request that failed. Credentials in `headers` are redacted. */
export interface RequestSummary {
  readonly method: string;
  /** The request URL. It never holds credentials (a base URL with user:password@ is refused). */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Base class of every error this library throws, so `err instanceof ChatSessionError` catches them
 * all. Its string forms (`message`, `String(err)`, `JSON.stringify(err)`, `util.inspect(err)`) never
 * contain a secret: request headers are kept redacted, like Octokit's RequestError.
 */
export class ChatSessionError extends Error {
  override name = 'ChatSessionError';
  /** The request, with credentials redacted; absent when the error happened before one was built. */
  readonly request: RequestSummary | undefined;

  constructor(message: string, options: { cause?: unknown; request?: RequestSummary } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.request = options.request;
  }

  /** The JSON form: name, message and the error's own fields (never a secret). */
  toJSON(): Record<string, unknown> {
    const { stack: _stack, cause: _cause, ...fields } = { ...this } as Record<string, unknown>;
    return { name: this.name, message: this.message, ...fields };
  }
}
