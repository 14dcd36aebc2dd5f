// One refresh for many 401s. Each request remembers the credential generation it was sent with;
// a 401 on a request whose generation is already stale needs no new refresh (someone else did it),
// and 401s that arrive while a refresh runs wait for that one, unless all of them gave up on it.
import type { CallContext } from '../call/context.js';
import { ChatSessionCredentialsError } from '../errors/credentials-error.js';
import { messageOf } from '../utils/message-of.js';
import { endedTheCall, raceSignal } from '../utils/race-signal.js';

export interface Refresher {
  /** Bumped after every refresh; requests record it when their credentials are read. */
  readonly generation: number;
  /** Makes sure a refresh has happened after `seenGeneration`: runs the hook once, or joins the running one. */
  refresh(seenGeneration: number, context: CallContext): Promise<void>;
}

interface Run {
  promise: Promise<void>;
  /** Calls waiting on this refresh. */
  waiters: number;
}

export function createRefresher(onUnauthorized: (() => void | Promise<void>) | undefined): Refresher {
  let generation = 0;
  let running: Run | undefined;
  const start = (): Run => {
    const run: Run = { promise: Promise.resolve(), waiters: 0 };
    run.promise = (async () => {
      try {
        await onUnauthorized?.();
      } finally {
        generation += 1;
        if (running === run) running = undefined;
      }
    })();
    return run;
  };
  return {
    get generation() {
      return generation;
    },
    async refresh(seenGeneration, context) {
      if (generation > seenGeneration) return;
      const run = (running ??= start());
      run.waiters += 1;
      try {
        await raceSignal(run.promise, context);
      } catch (cause) {
        if (endedTheCall(cause, context)) throw cause;
        throw new ChatSessionCredentialsError(`onUnauthorized failed: ${messageOf(cause)}. The request was not sent again.`, { cause, secrets: context.secrets });
      } finally {
        run.waiters -= 1;
        // A refresh every waiting call has given up on (its time ran out, or it was aborted) must
        // not wedge the client: the next 401 starts a new one instead of waiting on this one.
        if (run.waiters === 0 && running === run) running = undefined;
      }
    },
  };
}
