// Reports calls that take at least the NsApiSlow threshold (5000 ms by default): the server logs
// such calls as slow, and the caller may want to know too.
import type { Middleware } from 'openapi-fetch';
import { contextOf } from '../call-context.js';
import { OPERATION_ID } from '../types.js';

/** What `onSlowCall` receives. */
export interface SlowCallInfo {
  readonly operation: typeof OPERATION_ID;
  readonly durationMs: number;
  /** The HTTP status, or undefined when no response arrived. */
  readonly status: number | undefined;
}

export function slowCallMiddleware(thresholdMs: number, onSlowCall: (info: SlowCallInfo) => void, now: () => number): Middleware {
  const report = (request: Request, status: number | undefined) => {
    const context = contextOf(request);
    if (!context) return;
    const durationMs = now() - context.startedAt;
    if (durationMs < thresholdMs) return;
    try {
      onSlowCall({ operation: OPERATION_ID, durationMs, status });
    } catch {
      // A reporting hook must not turn a finished call into a failure.
    }
  };
  return {
    onRequest({ request }) {
      contextOf(request)!.startedAt = now();
      return undefined;
    },
    onResponse({ request, response }) {
      report(request, response.status);
      return undefined;
    },
    onError({ request }) {
      report(request, undefined);
      return undefined;
    },
  };
}
