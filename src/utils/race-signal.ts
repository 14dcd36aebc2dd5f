import type { CallContext } from '../call/context.js';
import { timeoutError } from '../errors/to-chat-session-error.js';
import { ChatSessionTimeoutError } from '../errors/timeout-error.js';

/**
 * Settles like `promise`, or rejects first when the call's signal aborts: with the caller's abort
 * reason, or with ChatSessionTimeoutError when the time is up. Used for work that fetch's own
 * signal does not cover (credential providers, the onUnauthorized hook).
 */
export function raceSignal<T>(promise: Promise<T>, context: CallContext): Promise<T> {
  const { signal } = context;
  const reason = () => (context.callerSignal?.aborted ? context.callerSignal.reason : timeoutError(context));
  if (signal.aborted) return Promise.reject(reason());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(reason());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** True when `thrown` is raceSignal's own rejection (time up or caller abort), to be passed on as is. */
export function endedTheCall(thrown: unknown, context: CallContext): boolean {
  return thrown instanceof ChatSessionTimeoutError || (context.callerSignal?.aborted === true && thrown === context.callerSignal.reason);
}
