// Retries for idempotent operations (GET, PUT, DELETE), when the caller opts in: on network errors
// and on 429, 502, 503 and 504, with exponential backoff and jitter, honouring Retry-After, and
// never past the call's time limit (timeoutMs covers every attempt and every wait). POST and PATCH
// never come here (call-options.ts refuses `retry` for them): sending them twice may act twice.
// The option is checked by retry-options.ts. Loaded with the lazy checks, so it imports no error
// class (see lazy-checks.ts): the pipeline passes in which errors are retried and how a failed wait
// becomes the call's error.
import type { CallContext } from '../call/context.js';
import type { FetchResult } from '../call/read-response.js';
import type { RetryPolicy } from '../call/retry-types.js';

/** The statuses that say "try again later" without the request having acted. */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/** What withRetries needs from the pipeline. */
export interface RetryHooks {
  /** Whether a thrown error is a network failure (ChatSessionNetworkError): only those are retried. */
  readonly isRetryable: (error: unknown) => boolean;
  /** The call's error for what ended a wait (the caller's abort, the time limit). */
  readonly toError: (error: unknown) => unknown;
}

/** Runs `send`, and again after a retryable failure while the policy and the time left allow. */
export async function withRetries(policy: RetryPolicy, context: CallContext, send: () => Promise<FetchResult>, hooks: RetryHooks): Promise<FetchResult> {
  for (let attempt = 0; ; attempt += 1) {
    let result: FetchResult | undefined;
    let failure: unknown;
    try {
      result = await send();
      if (!RETRY_STATUSES.has(result.response.status)) return result;
    } catch (error) {
      if (!hooks.isRetryable(error)) throw error; // a timeout, an abort, a bad answer: not retried
      failure = error;
    }
    const wait = attempt < policy.retries ? delayBefore(attempt, policy, result?.response) : undefined;
    // Giving up: the last answer (a 503 becomes its ChatSessionApiError) or the last network error.
    if (wait === undefined || Date.now() + wait >= context.deadline) {
      if (result) return result;
      throw failure;
    }
    await result?.response.body?.cancel().catch(() => undefined); // frees the connection
    await sleep(wait, context.signal).catch((error: unknown) => {
      throw hooks.toError(error);
    });
  }
}

/** The wait before retry number `attempt + 1`: Retry-After when the server sent one, else backoff with jitter; undefined when too long. */
function delayBefore(attempt: number, policy: RetryPolicy, response: Response | undefined): number | undefined {
  const asked = retryAfterMs(response?.headers.get('retry-after') ?? null);
  if (asked !== undefined) return asked <= policy.maxDelayMs ? asked : undefined;
  const backoff = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** attempt);
  return backoff / 2 + Math.random() * (backoff / 2); // "equal jitter": never less than half the backoff
}

/** Retry-After as milliseconds from now: delay-seconds or an HTTP date (RFC 9110); undefined when absent or not one of those. */
export function retryAfterMs(value: string | null): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  // delay-seconds is any number of digits (RFC 9110): a long one asks for longer than any maxDelayMs (Number gives a huge value or Infinity).
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (text.length > 64 || !/^[A-Za-z]{3}, /.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Waits `ms`, or rejects with the signal's reason when the call is aborted or times out meanwhile. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const done = () => {
      signal.removeEventListener('abort', abort);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', abort, { once: true });
  });
}
