// What one call carries through the openapi-fetch middleware. openapi-fetch copies unknown init
// keys onto the Request it builds, so `create()` passes the context as `init[CONTEXT_KEY]` and
// the middleware read it back; a call made through `client.raw` gets a fresh context instead.
import type { RequestSummary } from './errors/chat-session-error.js';
import { redactHeaders } from './utils/redact.js';

export const CONTEXT_KEY = 'chatSessionCall';

export interface CallContext {
  /** Aborts when the call's time is up (timeoutMs). */
  readonly timeout: AbortSignal;
  readonly timeoutMs: number;
  /** The caller's own signal, if any: its abort rejects with its reason. */
  readonly callerSignal: AbortSignal | undefined;
  /** The combined signal the request is sent with. */
  readonly signal: AbortSignal;
  /** Credential values resolved for this call, to scrub from anything an error exposes. */
  secrets: string[];
  /** The credential generation the request was sent with (see auth.ts). */
  generation: number;
  /** When the request was handed to fetch (the client's clock). */
  startedAt: number;
  /** The last request built for this call (auth headers included), for error reports. */
  request: Request | undefined;
  /** Stops the timer once the call is over, so finished calls hold no timer until timeoutMs passes. */
  release(): void;
}

export function createCallContext(timeoutMs: number, callerSignal: AbortSignal | undefined): CallContext {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, 'TimeoutError')), timeoutMs);
  // In Node, a pending timer must not keep the process alive on its own (client.raw calls are never released).
  (timer as { unref?: () => void }).unref?.();
  const timeout = controller.signal;
  const signal = callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout;
  return { timeout, timeoutMs, callerSignal, signal, secrets: [], generation: 0, startedAt: 0, request: undefined, release: () => clearTimeout(timer) };
}

export function contextOf(request: Request): CallContext | undefined {
  return (request as Request & { [CONTEXT_KEY]?: CallContext })[CONTEXT_KEY];
}

export function attachContext(request: Request, context: CallContext): Request {
  (request as Request & { [CONTEXT_KEY]?: CallContext })[CONTEXT_KEY] = context;
  return request;
}

/** The request as errors show it: method, URL and redacted headers. */
export function summarize(request: Request): RequestSummary {
  return { method: request.method, url: request.url, headers: redactHeaders(request.headers) };
}
