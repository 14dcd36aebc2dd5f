// What a failed call rejects with. Only what is recognised is translated: the caller's abort, the
// call's timeout, and genuine transport failures; our own errors pass through, and anything else
// (a programming error, a bug in a middleware) propagates as itself, so the class a caller sees
// never claims a network failure that did not happen (a network error means "the session may exist").
import { summarize, type CallContext } from '../call/context.js';
import { ChatSessionError } from './chat-session-error.js';
import { ChatSessionNetworkError } from './network-error.js';
import { ChatSessionTimeoutError } from './timeout-error.js';

/** The messages fetch implementations use for a failed transport (undici, Chromium, Firefox, Safari, polyfills). */
const TRANSPORT_MESSAGES = new Set([
  'fetch failed',
  'terminated',
  'Failed to fetch',
  'NetworkError when attempting to fetch resource.',
  'Load failed',
  'Network request failed',
  'The Internet connection appears to be offline.',
]);

export function toChatSessionError(error: unknown, context: CallContext): unknown {
  if (error instanceof ChatSessionError) return error;
  if (context.callerSignal?.aborted && (error === context.callerSignal.reason || isAbort(error))) return context.callerSignal.reason;
  if (context.timeout.aborted && (error === context.timeout.reason || isAbort(error))) return timeoutError(context);
  if (isTransportFailure(error)) {
    const request = summarize(context.request);
    const where = request ? `${request.method} ${request.url}` : 'The request';
    return new ChatSessionNetworkError(`${where} failed before a complete response arrived: ${describeTransportFailure(error)}`, { request, cause: error, secrets: context.secrets });
  }
  return error;
}

export function timeoutError(context: CallContext): ChatSessionTimeoutError {
  const request = summarize(context.request);
  return new ChatSessionTimeoutError(`${request ? `${request.method} ${request.url}` : 'The request'} timed out after ${context.timeoutMs} ms`, { request, timeoutMs: context.timeoutMs, secrets: context.secrets });
}

/**
 * A failure of the transport itself: fetch's TypeError with one of the messages above (undici adds
 * the socket, TLS, DNS or HTTP-parser error as `cause`, and only such a cause counts), or such a
 * socket/TLS/DNS/parser error on its own.
 */
export function isTransportFailure(error: unknown): boolean {
  if (!isErrorNamed(error, 'TypeError')) return networkCode(error) !== undefined;
  const { message, cause } = error as TypeError;
  if (!TRANSPORT_MESSAGES.has(message)) return false;
  if (message !== 'fetch failed' && message !== 'terminated') return true; // browsers give no cause
  const errors = (cause as { errors?: unknown } | undefined)?.errors; // AggregateError: one per address tried
  return networkCode(cause) !== undefined || (Array.isArray(errors) && errors.some((e) => networkCode(e) !== undefined));
}

const NETWORK_CODE = /^(E(CONN|HOST|NET|PIPE|TIMEDOUT|AI_|NOTFOUND|ADDR|PROTO)|UND_ERR_|HPE_|ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_HTTP2)/;
const isAbort = (error: unknown) => isErrorNamed(error, 'AbortError') || isErrorNamed(error, 'TimeoutError');
/** By name, not instanceof: fetch's errors may come from another realm (Node's own, an iframe, jest's sandbox). */
const isErrorNamed = (error: unknown, name: string) => typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;

/** A Node system, undici, TLS or HTTP-parser error code (ECONNRESET, UND_ERR_SOCKET, HPE_INVALID_CONSTANT, CERT_HAS_EXPIRED…). */
function networkCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' && NETWORK_CODE.test(code) ? code : undefined;
}

/** fetch says "fetch failed" and keeps the useful part (ECONNREFUSED, ECONNRESET…) in its cause. */
function describeTransportFailure(error: unknown): string {
  const code = networkCode((error as { cause?: unknown }).cause);
  return `${(error as Error).message}${code ? ` (${code})` : ''}`;
}
