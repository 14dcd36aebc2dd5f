// One refresh for many 401s. Each request remembers the credential generation it was sent with;
// a 401 on a request whose generation is already stale needs no new refresh (someone else did it),
// and 401s that arrive while a refresh runs wait for that one.
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

export function createRefresher(onUnauthorized: (() => void | Promise<void>) | undefined): Refresher {
  let generation = 0;
  let running: Promise<void> | undefined;
  return {
    get generation() {
      return generation;
    },
    async refresh(seenGeneration, context) {
      if (generation > seenGeneration) return;
      running ??= (async () => {
        try {
          await onUnauthorized?.();
        } finally {
          generation += 1;
          running = undefined;
        }
      })();
      try {
        await raceSignal(running, context);
      } catch (cause) {
        if (endedTheCall(cause, context)) throw cause;
        throw new ChatSessionCredentialsError(
          `onUnauthorized failed: ${messageOf(cause)}. The request was not sent again.`,
          { cause },
        );
      }
    },
  };
}
