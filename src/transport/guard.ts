// The last check before a request leaves, whatever built it (an operation, client.raw, a caller's
// middleware): where it goes, and that its headers are ones fetch may send.
import { ChatSessionUsageError } from '../errors/usage-error.js';
import { assertSendable } from '../options/base-url.js';
import { forbiddenHeader } from '../options/headers.js';

/** Throws ChatSessionUsageError, before anything is sent, for a request that must not go out. */
export function guardRequest(url: string, headers: Headers, allowInsecureHttp: boolean): void {
  assertSendable(url, allowInsecureHttp);
  headers.forEach((_value, name) => {
    const forbidden = forbiddenHeader(name);
    if (forbidden) throw new ChatSessionUsageError(forbidden);
  });
}
