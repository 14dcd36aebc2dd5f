// What one call carries from the pipeline into the transport and back into its errors: its time
// limit, the caller's signal, the secrets to scrub, and the request that was sent last.
import type { RequestSummary } from '../errors/chat-session-error.js';
import { redactHeaders } from '../utils/redact.js';

export interface CallContext {
  /** Aborts when the call's time is up (timeoutMs). */
  readonly timeout: AbortSignal;
  readonly timeoutMs: number;
  /** When the time is up (Date.now() scale), for waits that must end before it (retries). */
  readonly deadline: number;
  /** The caller's own signal, if any: its abort rejects with its reason. */
  readonly callerSignal: AbortSignal | undefined;
  /** The combined signal the request is sent with. */
  readonly signal: AbortSignal;
  /** Credential values resolved for this call, to scrub from anything an error exposes. */
  readonly secrets: string[];
  /** The credential generation the request was sent with (see auth/refresh.ts). */
  generation: number;
  /** The last request sent for this call (auth headers included), for error reports. */
  request: Request | undefined;
  /** Stops the timer once the call is over, so finished calls hold no timer until timeoutMs passes. */
  release(): void;
}

/**
 * `known`: the secrets known before the call (static ones, and what providers returned last), to
 * scrub from its errors too. `startedAt` (performance.now() scale): when the call began (loading a
 * module it needed may have taken part of its time).
 */
export function createCallContext(timeoutMs: number, callerSignal: AbortSignal | undefined, known: readonly string[], startedAt: number): CallContext {
  const controller = new AbortController();
  const left = timeoutMs - (performance.now() - startedAt); // below 0 (a load took it all): the timer fires at once
  const timer = setTimeout(() => controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, 'TimeoutError')), left);
  // In Node, a pending timer must not keep the process alive on its own (client.raw calls are never released).
  (timer as { unref?: () => void }).unref?.();
  const timeout = controller.signal;
  const signal = callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout;
  return { timeout, timeoutMs, deadline: Date.now() + left, callerSignal, signal, secrets: [...known], generation: 0, request: undefined, release: () => clearTimeout(timer) };
}

/** The request as errors show it: method, URL and redacted headers. */
export function summarize(request: Request | undefined): RequestSummary | undefined {
  return request && { method: request.method, url: request.url, headers: redactHeaders(request.headers) };
}
