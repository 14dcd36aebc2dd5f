/** What an error tells about the request that failed. Credentials in `headers` are redacted. */
export interface RequestSummary {
  readonly method: string;
  /** The request URL. It never holds credentials (a base URL with user:password@ is refused). */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** What every error class's constructor takes besides its message: the request, the cause, and the class's own fields. */
export interface ChatSessionErrorInit {
  /** The request, with credentials redacted; absent when the error happened before one was built. */
  readonly request?: RequestSummary | undefined;
  readonly cause?: unknown;
}

/**
 * Base class of every error this library throws, so `err instanceof ChatSessionError` catches them
 * all. Every class takes the same `(message, { request, cause, ...fields })`; the fields become the
 * error's own properties. Its string forms (`message`, `String(err)`, `JSON.stringify(err)`,
 * `util.inspect(err)`) never contain a secret: request headers are kept redacted, like Octokit's
 * RequestError.
 */
export class ChatSessionError extends Error {
  override name = 'ChatSessionError';
  declare readonly request: RequestSummary | undefined;

  constructor(message: string, init: ChatSessionErrorInit = {}) {
    const { cause, ...fields } = init;
    super(message, cause === undefined ? undefined : { cause });
    // `declare`d fields in subclasses emit no initialiser, so these assignments are the only ones.
    Object.assign(this, { request: undefined }, fields);
  }

  /** The JSON form: name, message and the error's own fields (never a secret). */
  toJSON(): Record<string, unknown> {
    const { stack: _stack, cause: _cause, ...fields } = { ...this } as Record<string, unknown>;
    return { name: this.name, message: this.message, ...fields };
  }
}
