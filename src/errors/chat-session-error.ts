import { createRedactor, type Redactor } from '../utils/redact.js';

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
  /** The secrets of the call: removed, in every form, from every string of the error. Not kept. */
  readonly secrets?: readonly string[];
}

/** How many links of a foreign `cause` chain are kept (each as a sanitised copy). */
const MAX_CAUSE_DEPTH = 4;

/**
 * Base class of every error this library throws, so `err instanceof ChatSessionError` catches them
 * all. Every class takes the same `(message, { request, cause, secrets, ...fields })`; the fields
 * become the error's own properties.
 *
 * This constructor is the one redaction choke point: the message, every field (deeply, keys too),
 * the stack and the whole cause chain pass through a Redactor for the call's secrets (see
 * utils/redact.ts). A cause that is not one of ours (fetch's error, the HTTP parser's, a provider's)
 * is replaced by a sanitised copy: name, code, redacted message and stack, and its own cause, so
 * nothing it carried (such as the parser's echo of the raw response) survives.
 */
export class ChatSessionError extends Error {
  override name = 'ChatSessionError';
  declare readonly request: RequestSummary | undefined;

  constructor(message: string, init: ChatSessionErrorInit = {}) {
    const { cause, secrets, ...fields } = init;
    const redactor = createRedactor(secrets ?? []);
    super(redactor.text(message), cause === undefined ? undefined : { cause: sanitizeCause(cause, redactor, 0) });
    // `declare`d fields in subclasses emit no initialiser, so these assignments are the only ones.
    Object.assign(this, { request: undefined }, redactor.fields(fields));
    if (this.stack) this.stack = redactor.text(this.stack);
  }

  /** The JSON form: name, message and the error's own fields (never a secret). */
  toJSON(): Record<string, unknown> {
    const { stack: _stack, cause: _cause, ...fields } = { ...this } as Record<string, unknown>;
    return { name: this.name, message: this.message, ...fields };
  }
}

function sanitizeCause(cause: unknown, redactor: Redactor, depth: number): unknown {
  if (cause instanceof ChatSessionError) return cause; // built through this constructor already
  if (typeof cause === 'string') return redactor.text(cause);
  if (cause === null || typeof cause !== 'object') return cause;
  const { name, message, code, stack } = cause as { name?: unknown; message?: unknown; code?: unknown; stack?: unknown };
  const inner = (cause as { cause?: unknown }).cause;
  const copy = new Error(redactor.text(typeof message === 'string' ? message : ''), inner === undefined || depth + 1 >= MAX_CAUSE_DEPTH ? undefined : { cause: sanitizeCause(inner, redactor, depth + 1) });
  copy.name = typeof name === 'string' ? redactor.text(name) : 'Error';
  if (typeof code === 'string') (copy as { code?: string }).code = redactor.text(code);
  copy.stack = typeof stack === 'string' ? redactor.text(stack) : `${copy.name}: ${copy.message}`;
  return copy;
}
