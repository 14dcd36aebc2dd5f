import { ChatSessionError } from '../errors/chat-session-error.js';
import { ChatSessionTimeoutError } from '../errors/timeout-error.js';
import { messageOf } from './message-of.js';

/**
 * A module loaded on first use, shared by every later use. From the CommonJS build, import() of a
 * .cjs file gives its exports as `default`; `name` (an export the module has) tells which form came.
 * A load that fails (a chunk the server no longer has, the network) rejects the call that needed it
 * with a ChatSessionError naming `what` (the loader's error as its cause) and is not kept: the next
 * use loads again. Until it has loaded, a use waits at most until `timeoutMs` (the call's time limit)
 * after `startedAt` (when the call began, performance.now() scale: the wait is part of the call's
 * time), so a file that never arrives cannot hang a call: it rejects with ChatSessionTimeoutError.
 */
export function lazy<T extends object>(load: () => Promise<T>, name: keyof T, what: string): (timeoutMs: number, startedAt: number) => Promise<T> {
  let loading: Promise<T> | undefined;
  let loaded = false;
  return (timeoutMs, startedAt) => {
    loading ??= load().then(
      (m) => {
        loaded = true;
        return name in m ? m : (m as unknown as { default: T }).default;
      },
      (error: unknown) => {
        loading = undefined;
        throw new ChatSessionError(`Could not load ${what} (a file of superoffice-chatsession loaded on first use): ${messageOf(error)}. A later call loads it again.`, { cause: error });
      },
    );
    if (loaded) return loading;
    const pending = loading;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new ChatSessionTimeoutError(`Loading ${what} (a file of superoffice-chatsession loaded on first use) took longer than timeoutMs (${timeoutMs} ms).`, { timeoutMs })), timeoutMs - (performance.now() - startedAt));
      pending.then(resolve, reject).finally(() => clearTimeout(timer));
    });
  };
}
