// Reports calls that take at least the NsApiSlow threshold (5000 ms by default): the server logs
// such calls as slow, and the caller may want to know too.
import type { operations } from '../types.js';

/** What `onSlowCall` receives. */
export interface SlowCallInfo {
  /** The operationId in the spec, e.g. `PostChatSessionEntity`. */
  readonly operation: keyof operations;
  readonly durationMs: number;
  /** The HTTP status, or undefined when no response arrived. */
  readonly status: number | undefined;
}

export interface SlowCallSettings {
  readonly thresholdMs: number;
  readonly onSlowCall: (info: SlowCallInfo) => void;
  readonly now: () => number;
}

/** Starts the clock for one request; the function it returns reports the request if it was slow. */
export function startSlowCallClock(settings: SlowCallSettings, operation: keyof operations): (status: number | undefined) => void {
  const startedAt = settings.now();
  return (status) => {
    const durationMs = settings.now() - startedAt;
    if (durationMs < settings.thresholdMs) return;
    try {
      settings.onSlowCall({ operation, durationMs, status });
    } catch {
      // A reporting hook must not turn a finished call into a failure.
    }
  };
}
