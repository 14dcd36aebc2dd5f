// The `retry` option's types (the retries themselves are in checks/retry.ts, loaded with the lazy checks).

export interface RetryOptions {
  /** How many times to send again after the first attempt: 1 to 10. */
  readonly retries: number;
  /** The first backoff; each next one doubles, up to `maxDelayMs`. Default 250. */
  readonly minDelayMs?: number;
  /** The longest wait, backoff or Retry-After: a longer Retry-After ends the retries (the last answer is the result). Default 10 000. */
  readonly maxDelayMs?: number;
}

export type RetryPolicy = Required<RetryOptions>;
