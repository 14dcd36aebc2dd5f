// The time limit of a whole command (`contract --timeout-ms`): one signal every step listens to,
// and a race for steps that take no signal (loading Prism).

/** The reason a deadline's signal aborts with. */
export class DeadlineError extends Error {
  override name = 'DeadlineError';
  constructor(
    readonly timeoutMs: number,
    /** What was going on, when it was not the request (e.g. "loading Prism"). */
    readonly during?: string,
  ) {
    super(`the time limit of ${timeoutMs} ms passed${during ? ` while ${during}` : ''}`);
  }
}

export interface Deadline {
  readonly signal: AbortSignal;
  /** Settles like `promise`, or rejects with DeadlineError when the time is up first. */
  within<T>(promise: Promise<T>): Promise<T>;
  /** Stops the timer (the command is over). */
  clear(): void;
}

export function startDeadline(timeoutMs: number): Deadline {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DeadlineError(timeoutMs)), timeoutMs);
  const { signal } = controller;
  return {
    signal,
    within: (promise) =>
      new Promise((resolve, reject) => {
        if (signal.aborted) reject(signal.reason);
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
      }),
    clear: () => clearTimeout(timer),
  };
}
