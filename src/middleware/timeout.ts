// Errors and timeouts. Every call runs under a CallContext with an AbortSignal that fires after
// timeoutMs (composed with the caller's signal), and whatever fetch throws becomes one of this
// library's errors, so a caller can tell a timeout from a refused connection.
import type { Middleware } from 'openapi-fetch';
import { attachContext, contextOf, createCallContext, summarize, type CallContext } from '../call-context.js';
import { ChatSessionError } from '../errors/chat-session-error.js';
import { ChatSessionNetworkError } from '../errors/network-error.js';
import { ChatSessionTimeoutError } from '../errors/timeout-error.js';
import { callerSignalOf, type LightRequest } from '../fetch/light-request.js';

/** `RequestClass` is the Request class the openapi-fetch client was given (see fetch/light-request.ts). */
export function timeoutMiddleware(timeoutMs: number, RequestClass: typeof LightRequest): Middleware {
  return {
    onRequest({ request }) {
      // create() brings its own context; a call through client.raw gets one here.
      if (contextOf(request)) return undefined;
      const context = createCallContext(timeoutMs, callerSignalOf(request));
      return attachContext(new RequestClass(request as unknown as LightRequest, { signal: context.signal }) as unknown as Request, context);
    },
    onError({ request, error }) {
      const mapped = toChatSessionError(error, contextOf(request));
      // openapi-fetch accepts only an Error here; a caller's non-Error abort reason is rethrown as is.
      return mapped instanceof Error ? mapped : undefined;
    },
  };
}

/**
 * What a failed call rejects with: the caller's abort reason when the caller aborted, a
 * ChatSessionTimeoutError when the time was up, our own errors unchanged, else a
 * ChatSessionNetworkError that keeps the original as `cause`.
 */
export function toChatSessionError(error: unknown, context: CallContext | undefined): unknown {
  if (error instanceof ChatSessionError) return error;
  const request = context?.request ? summarize(context.request) : undefined;
  if (context?.callerSignal?.aborted) return context.callerSignal.reason;
  if (context?.timeout.aborted) return new ChatSessionTimeoutError(context.timeoutMs, request);
  return new ChatSessionNetworkError(request, error);
}
